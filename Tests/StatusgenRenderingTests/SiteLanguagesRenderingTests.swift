import Foundation
import StatusgenModel
import Testing

@testable import StatusgenRendering

@Suite("A site in several languages")
struct SiteLanguagesRenderingTests {
    private static let arabic = Strings(
        locale: "ar", values: Fixture.english.values.merging(["language_name": "العربية"]) { _, own in own })

    private static func files(_ languages: [Strings]) throws -> [String: String] {
        let files = try SiteRenderer(templates: .builtIn).render(Fixture.timeline, languages: languages)
        return Dictionary(uniqueKeysWithValues: files.map { ($0.path, String(decoding: $0.contents, as: UTF8.self)) })
    }

    @Test("each language's pages, feeds, calendar and embed are in its folder; API, reports, badges, sitemap once")
    func folders() throws {
        let all = try Self.files([Fixture.english, Fixture.german])
        let single = try Self.files([Fixture.english])
        let german = all.keys.filter { $0.hasPrefix("de/") }.map { String($0.dropFirst(3)) }.sorted()
        let perLanguage = single.keys.filter { path in
            path.hasSuffix(".html") || path.hasSuffix(".rss") || path.hasSuffix(".atom") || path.hasSuffix(".ics")
        }
        #expect(german == perLanguage.sorted())
        #expect(Set(all.keys) == Set(single.keys).union(german.map { "de/" + $0 }))
        #expect(!german.contains { $0.hasPrefix("api/") || $0.hasSuffix(".csv") || $0.hasSuffix(".svg") })
        #expect(all["de/robots.txt"] == nil && all["de/sitemap.xml"] == nil && all["de/style.css"] == nil)
    }

    @Test("a page below a language's folder links its language's pages and the site root's shared files")
    func links() throws {
        let languages = [
            SiteLanguage(code: "en", name: "English", isDefault: true),
            SiteLanguage(code: "de", name: "Deutsch", isDefault: false),
        ]
        let context = RenderingContext(Fixture.timeline, Fixture.german, language: languages[1], of: languages)
        let incident = try #require(Fixture.timeline.incidents.first)
        let page = IncidentPageViewModel(incident, context).page
        #expect(page.root == "../")
        #expect(page.siteRoot == "../../")
        #expect(page.direction == "ltr")
        #expect(page.canonicalURL == Fixture.timeline.config.baseURL + "de/incidents/\(incident.id).html")
        #expect(
            page.languages.map(\.link) == [
                "../../incidents/\(incident.id).html", "../../de/incidents/\(incident.id).html",
            ])
        #expect(page.languages.map(\.isCurrent) == [false, true])
        #expect(page.defaultLanguageURL == Fixture.timeline.config.baseURL + "incidents/\(incident.id).html")
        let notFound = NotFoundViewModel(context).page
        #expect(notFound.root.hasSuffix("/de/"))
        #expect(notFound.siteRoot + "de/" == notFound.root)
        let single = IncidentPageViewModel(incident, RenderingContext(Fixture.timeline, Fixture.german)).page
        #expect(single.siteRoot == single.root && single.languages.isEmpty && single.direction == nil)
    }

    @Test("a right-to-left language's pages say dir=\"rtl\", whether the site has one language or several")
    func rightToLeft() throws {
        let several = try Self.files([Fixture.english, Self.arabic])
        #expect(several["ar/index.html"]?.contains("<html lang=\"ar\" dir=\"rtl\">") == true)
        #expect(several["index.html"]?.contains("<html lang=\"en\" dir=\"ltr\">") == true)
        #expect(several["ar/embed.html"]?.contains("<html lang=\"ar\" dir=\"rtl\">") == true)
        let alone = try Self.files([Self.arabic])
        #expect(alone["index.html"]?.contains("<html lang=\"ar\" dir=\"rtl\">") == true)
        #expect(try Self.files([Fixture.english])["index.html"]?.contains("<html lang=\"en\">") == true)
    }
}
