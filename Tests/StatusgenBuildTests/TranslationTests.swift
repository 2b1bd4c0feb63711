import Foundation
import StatusgenBuild
import StatusgenCore
import StatusgenDefaults
import StatusgenModel
import StatusgenRendering
import Testing

@Suite("Sites in other languages")
struct TranslationTests {
    static let now = "2026-11-07T16:00:00Z"

    private func build(_ inputs: SiteInputs) throws -> [String: String] {
        let result = BuildPipeline().run(inputs, now: try TimestampParser.parse(Self.now))
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        let outputs = try #require(result.outputs).filter { !BuiltInAssets.paths.contains($0.path) }
        return Dictionary(uniqueKeysWithValues: outputs.map { ($0.path, String(decoding: $0.contents, as: UTF8.self)) })
    }

    private func siteFiles(_ name: String) throws -> SiteInputs {
        try SiteLoader(root: GoldenSiteTests.sitesFolder.appendingPathComponent(name), usesCache: false).load()
    }

    /// The English texts statusgen writes that must not show on a German page: every English string without
    /// placeholders that German writes differently ("RSS" and "SLA" are German too), and the words of the
    /// English patterns.
    static func englishTexts() -> [String] {
        let catalog = StringsCatalog(site: [])
        let english = catalog.strings(for: "en").values
        let german = catalog.strings(for: "de").values
        let plain = english.filter { key, text in
            // Month names are English by rule in RSS dates, and "Nov" is also German.
            !key.hasPrefix("month_") && Strings.placeholders(in: text).isEmpty && text.contains(where: \.isLetter)
                && german[key] != text
        }
        let patternWords = [
            "ago", "uptime", "down check", "Outage detected", "No data", "min", "Daily status", "No incidents",
            "Not monitored", "since", "to", "of",
        ]
        return (plain.values + patternWords).sorted()
    }

    @Test("The German golden site has no English word of statusgen's own on any page or in the feed")
    func germanHasNoEnglish() throws {
        let pages = try build(try siteFiles("small-de"))
        let texts = Self.englishTexts()
        #expect(texts.count > 60)
        // The site's own content (titles, names, update texts) is English in the fixture: take it out first.
        let content = [
            "Website unreachable &amp; slow", "We are still working on it.",
            "The website does not load for most visitors",
            "for phone orders", "Checkout errors for some cards", "Payments work again", "Database upgrade",
            "Checkout will be paused for up to two hours.", "We will upgrade the order database on Tuesday night.",
            "How Acme&#39;s services are doing.", "The shop at acme.test.", "Support desk",
            "Card payments fail for some customers", "A fix is rolling out", "The provider fixed the fault",
        ]
        // Pages and feeds; the JSON files are for programs, with English field names such as "uptime".
        for (path, page) in pages where [".html", ".rss", ".atom"].contains(where: { path.hasSuffix($0) }) {
            var text = page.replacing(/<[^>]*>/, with: " ")
            for phrase in content { text = text.replacingOccurrences(of: phrase, with: " ") }
            if path.hasSuffix(".rss") {
                text = text.replacing(/(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d\d \w+ \d{4}/, with: " ")
            }
            for english in texts {
                let word = try Regex("\\b" + NSRegularExpression.escapedPattern(for: english) + "\\b")
                #expect(!text.contains(word), "\(path) says '\(english)'")
            }
        }
        #expect(pages["index.html"]?.contains("<html lang=\"de\">") == true)
        #expect(pages["feed.rss"]?.contains("<language>de</language>") == true)
    }

    @Test("A site's strings file changes exactly the text of the key it overrides")
    func overrideOneKey() throws {
        let inputs = try siteFiles("small")
        let original = try build(inputs)
        var overridden = inputs
        overridden.files.append(InputFile(path: "templates/strings/en.yml", contents: Data("today: Now\n".utf8)))
        let changed = try build(overridden)
        #expect(original["index.html"]?.contains("<span>Today</span>") == true)
        #expect(changed.keys.sorted() == original.keys.sorted(), "strings files are not published")
        for (path, text) in original {
            #expect(
                changed[path] == text.replacingOccurrences(of: "<span>Today</span>", with: "<span>Now</span>"),
                "\(path)")
        }
    }
}
