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

    /// The built site's files by path; only warnings are allowed, and only when `warnings` says so (the golden
    /// tests check which).
    private func build(_ inputs: SiteInputs, warnings: Bool = false) throws -> [String: String] {
        let result = BuildPipeline().run(inputs, now: try TimestampParser.parse(Self.now))
        #expect(warnings ? !result.diagnostics.hasErrors : result.diagnostics.isEmpty, "\(result.diagnostics)")
        let outputs = try #require(result.outputs).filter { !BuiltInAssets.paths.contains($0.path) }
        return Dictionary(uniqueKeysWithValues: outputs.map { ($0.path, String(decoding: $0.contents, as: UTF8.self)) })
    }

    private func siteFiles(_ name: String) throws -> SiteInputs {
        try SiteLoader(root: GoldenSiteTests.sitesFolder.appendingPathComponent(name), usesCache: false).load()
    }

    /// The English texts statusgen writes that must not show on a page in `locale`: every English string
    /// without placeholders that the language writes differently ("RSS" and "SLA" are German and French
    /// too), and the words of the English patterns that the language does not use itself ("min" is French).
    static func englishTexts(notIn locale: String) throws -> [String] {
        let catalog = StringsCatalog(site: [])
        let english = catalog.strings(for: "en").values
        let translated = catalog.strings(for: locale).values
        // "Maintenance" is French too: a text the language writes under any key is not English on its pages.
        let translatedValues = Set(translated.values)
        let plain = english.filter { key, text in
            // Month names are English by rule in RSS dates, and "Nov" is also German.
            !key.hasPrefix("month_") && Strings.placeholders(in: text).isEmpty && text.contains(where: \.isLetter)
                && translated[key] != text && !translatedValues.contains(text)
        }
        let patternWords = [
            "ago", "uptime", "down check", "Outage detected", "No data", "min", "Daily status", "No incidents",
            "Not monitored", "since", "to", "of",
        ]
        let translatedTexts = translated.values.joined(separator: "\n").replacing(/\{\w+\}/, with: " ")
        let foreign = try patternWords.filter { !translatedTexts.contains(try Self.wordPattern($0)) }
        return (plain.values + foreign).sorted()
    }

    /// `text` as a whole word or phrase.
    private static func wordPattern(_ text: String) throws -> Regex<AnyRegexOutput> {
        try Regex("\\b" + NSRegularExpression.escapedPattern(for: text) + "\\b")
    }

    /// The built site's pages, feeds and calendar with their tags and `content` phrases taken out, by path
    /// (the calendar unfolded and unescaped); the JSON files are for programs, with English field names
    /// such as "uptime".
    private func readableTexts(_ site: String, content: [String], warnings: Bool = false) throws -> [String: String] {
        var texts: [String: String] = [:]
        for (path, page) in try build(try siteFiles(site), warnings: warnings)
        where [".html", ".rss", ".atom", ".ics"].contains(where: { path.hasSuffix($0) }) {
            var text = page.replacing(/<[^>]*>/, with: " ")
            if path.hasSuffix(".ics") {
                text = text.replacingOccurrences(of: "\r\n ", with: "").replacing(/\\[n,;]/, with: " ")
            }
            for phrase in content { text = text.replacingOccurrences(of: phrase, with: " ") }
            if path.hasSuffix(".rss") {
                text = text.replacing(/(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d\d \w+ \d{4}/, with: " ")
            }
            texts[path] = text
        }
        return texts
    }

    @Test("The German golden site has no English word of statusgen's own on any page, feed or calendar")
    func germanHasNoEnglish() throws {
        let english = try Self.englishTexts(notIn: "de")
        #expect(english.count > 60)
        // The site's own content (titles, names, update texts) is English in the fixture: take it out first.
        let content = [
            "Website unreachable &amp; slow", "We are still working on it.",
            "The website does not load for most visitors",
            "for phone orders", "Checkout errors for some cards", "Payments work again", "Database upgrade",
            "Checkout will be paused for up to two hours.", "We will upgrade the order database on Tuesday night.",
            "How Acme&#39;s services are doing.", "The shop at acme.test.", "Support desk",
            "Card payments fail for some customers", "A fix is rolling out", "The provider fixed the fault",
        ]
        let texts = try readableTexts("small-de", content: content)
        #expect(texts.count >= 20)
        for (path, text) in texts {
            for phrase in english { #expect(!text.contains(try Self.wordPattern(phrase)), "\(path) says '\(phrase)'") }
        }
        let pages = try build(try siteFiles("small-de"))
        #expect(pages["index.html"]?.contains("<html lang=\"de\">") == true)
        #expect(pages["feed.rss"]?.contains("<language>de</language>") == true)
    }

    @Test("The French golden site has no English word on any page, feed or calendar, and French typography")
    func frenchHasNoEnglish() throws {
        let english = try Self.englishTexts(notIn: "fr")
        #expect(english.count > 60)
        #expect(english.contains("Past incidents"))
        #expect(english.contains("uptime"))
        #expect(!english.contains("min"), "French writes \"10 min\" too")
        // The fixture's own content is French too, so nothing is taken out.
        let texts = try readableTexts("small-fr", content: [])
        #expect(texts.count >= 20)
        for (path, text) in texts {
            for phrase in english { #expect(!text.contains(try Self.wordPattern(phrase)), "\(path) says '\(phrase)'") }
            // A colon, semicolon or percent sign of statusgen's follows a no-break space, never a plain one.
            // Feeds carry HTML escaped: its tags go too, then its entities.
            let plain = text.replacing(/&lt;.*?&gt;/, with: " ").replacing(/&(amp;)*#?\w+;/, with: "x")
            #expect(
                !plain.contains(/\w[ ]?[:;%][ ]/), "\(path) has a colon, semicolon or percent without a no-break space")
        }
        let pages = try build(try siteFiles("small-fr"))
        let index = try #require(pages["index.html"])
        #expect(index.contains("<html lang=\"fr\">"))
        #expect(index.contains("7 nov. 2026 à 11:00 EST"), "French dates, 24-hour times")
        #expect(index.contains("90,90\u{A0}% de disponibilité"), "decimal comma, no-break space before %")
        #expect(index.contains("Site web\u{A0}: <span"), "no-break space before a component's status")
        #expect(pages["feed.rss"]?.contains("<language>fr</language>") == true)
        #expect(
            pages["feed.atom"]?.contains("<title>Résolu\u{A0}: Erreurs de paiement pour certaines cartes</title>")
                == true)
    }

    @Test(
        "The three-language golden site has no English word of statusgen's own on any German or French page or feed",
        arguments: ["de", "fr"])
    func everyLanguageHasNoEnglish(locale: String) throws {
        let english = try Self.englishTexts(notIn: locale)
        #expect(english.contains("English"), "the default language's name is English on every page")
        // The incidents left untranslated are shown in the original, English, under a note naming it.
        let content = [
            "English", "Acme Status", "Website unreachable &amp; slow", "We are still working on it.",
            "Checkout errors for some cards",
            "Some card payments fail with an error. We are looking into it.",
            "Our card processor rejects requests from one data centre", "Payments work again",
            "Payments with", "some", "cards failed.", "Add a second processor route",
            "Alert on processor errors sooner",
            "Support desk slow to load", "The support desk takes up to a minute to load.",
            "A full disk on the help server was cleared.", "Database upgrade",
            "Checkout will be paused for up to two hours.", "We will upgrade the order database on Tuesday night.",
            "Phone orders are open", "24/7", "during the holidays.", "Questions? Write to",
            "How Acme&#39;s services are doing.", "The shop at acme.test.", "Support desk", "Website", "Checkout",
        ]
        let texts = try readableTexts("languages", content: content, warnings: true).filter {
            $0.key.hasPrefix(locale + "/")
        }
        #expect(texts.count >= 20)
        for (path, text) in texts {
            for phrase in english { #expect(!text.contains(try Self.wordPattern(phrase)), "\(path) says '\(phrase)'") }
        }
    }

    @Test("A title, summary or postmortem shown in the original carries its language; a translated one does not")
    func untranslatedPartsCarryTheirLanguage() throws {
        let pages = try build(try siteFiles("languages"), warnings: true)
        // Without any German translation: title, summary and postmortem are English, and marked so.
        let untranslated = try #require(pages["de/incidents/2026-11-05-checkout-errors.html"])
        #expect(untranslated.contains(#"<h1 lang="en" dir="ltr">Checkout errors for some cards</h1>"#))
        #expect(untranslated.contains(#"<div class="summary" lang="en" dir="ltr"><p>Payments with"#))
        #expect(untranslated.contains(#"<div class="postmortem-body" lang="en" dir="ltr">"#))
        let germanIndex = try #require(pages["de/index.html"])
        #expect(germanIndex.contains(#"<h4 lang="en" dir="ltr"><a href="incidents/2026-11-05-checkout-errors.html">"#))
        // Translated into German: the page's own language, so no attribute.
        let translated = try #require(pages["de/incidents/2026-11-10-database-upgrade.html"])
        #expect(translated.contains("<h1>Aktualisierung der Datenbank</h1>"))
        #expect(!translated.contains(#" lang="en" dir="ltr""#))
        // The default language's pages never mark their own texts.
        let english = try #require(pages["incidents/2026-11-05-checkout-errors.html"])
        #expect(english.contains("<h1>Checkout errors for some cards</h1>"))
        #expect(english.contains(#"<div class="postmortem-body"><ul>"#))
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
