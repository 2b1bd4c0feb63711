import Foundation
import StatusgenModel
import Testing

@testable import StatusgenRendering

@Suite("The words of embed.js")
struct EmbedWordsTests {
    @Test("api/embed.json has the banner's words for each state and the close button's, in every language")
    func words() throws {
        let files = try SiteRenderer(templates: .builtIn).render(
            SmallSite.timeline, languages: [Fixture.german, Fixture.english])
        let file = try #require(files.first { $0.path == "api/embed.json" })
        let document = try #require(try JSONSerialization.jsonObject(with: file.contents) as? [String: Any])
        #expect(document["default"] as? String == "de")
        let languages = try #require(document["languages"] as? [String: [String: String]])
        #expect(languages.keys.sorted() == ["de", "en"])
        #expect(
            languages["de"]
                == [
                    "operational": "Alle Systeme betriebsbereit", "under_maintenance": "Wartung läuft",
                    "degraded_performance": "Eingeschränkte Leistung", "partial_outage": "Teilweiser Ausfall",
                    "major_outage": "Schwerer Ausfall", "dismiss": "Schließen",
                ])
        #expect(languages["en"]?["major_outage"] == "Major outage" && languages["en"]?["dismiss"] == "Dismiss")
        // One file for the site, not one for each language.
        #expect(!files.contains { $0.path.hasSuffix("/api/embed.json") })
    }
}
