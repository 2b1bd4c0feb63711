import StatusgenModel
import Testing

@testable import StatusgenCore

@Suite("locales: the languages of a site in several languages")
struct SiteLanguagesConfigTests {
    private let head = "title: T\nbase_url: https://status.example.com/\ntimezone: UTC\ncomponents: []\n"

    private func problems(_ lines: String) -> [String] {
        diagnostics { () throws(DiagnosticList) in try ConfigParser().parse(head + lines) }
    }

    @Test("the first of 'locales' is the default language; 'locale' alone is a site in one language")
    func defaultFirst() throws {
        let several = try ConfigParser().parse(head + "locales: [fr, en, de]\n")
        #expect(several.locale == "fr")
        #expect(several.locales == ["fr", "en", "de"])
        let one = try ConfigParser().parse(head + "locale: de\n")
        #expect(one.locale == "de")
        #expect(one.locales == ["de"])
        #expect(try ConfigParser().parse(head).locales == ["en"])
    }

    @Test("an unknown, repeated or missing language in 'locales' is an error at its line")
    func badLists() {
        #expect(
            problems("locales:\n  - en\n  - it\n") == [
                "statusgen.yml:7: unknown locale 'it': known are de, en, fr; add templates/strings/it.yml for another language"
            ])
        #expect(problems("locales: [en, de, en]\n") == ["statusgen.yml:5: 'en' is listed twice in 'locales'"])
        #expect(
            problems("locales: []\n") == [
                "statusgen.yml:5: 'locales' must name at least one language, the default first"
            ])
        #expect(
            problems("locale: de\nlocales: [de, en]\n") == [
                "statusgen.yml:5: 'locale' and 'locales' both name the site's language: keep 'locales',"
                    + " whose first entry is the default"
            ])
    }

    @Test("a site's own language must be able to name a folder")
    func folderNames() {
        let parser = ConfigParser(locales: ["en", "pt-BR", "x y"])
        #expect(throws: Never.self) { try parser.parse(head + "locales: [en, pt-BR]\n") }
        #expect(
            diagnostics { () throws(DiagnosticList) in try parser.parse(head + "locales: [en, \"x y\"]\n") } == [
                "statusgen.yml:5: 'x y' cannot name the folder of a language's pages: use only letters, digits and '-'"
            ])
    }

    @Test("right-to-left languages are told by their primary subtag")
    func direction() {
        for code in ["ar", "he", "fa", "ur", "ar-EG"] {
            #expect(SiteLanguage(code: code, name: code, isDefault: false).direction == "rtl")
        }
        for code in ["en", "de", "fr", "arn"] {
            #expect(SiteLanguage(code: code, name: code, isDefault: false).direction == "ltr")
        }
        #expect(
            SiteLanguage(code: "de", name: "Deutsch", isDefault: false).path("incidents/x.html")
                == "de/incidents/x.html")
        #expect(
            SiteLanguage(code: "en", name: "English", isDefault: true).path("incidents/x.html") == "incidents/x.html")
    }
}
