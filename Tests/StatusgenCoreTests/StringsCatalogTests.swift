import Foundation
import StatusgenDefaults
import StatusgenModel
import Testing

@testable import StatusgenCore

@Suite("Strings files and the site's language")
struct StringsCatalogTests {
    /// A site's templates with one strings file, `templates/strings/LOCALE.yml`.
    private func site(_ locale: String, _ text: String) -> [InputFile] {
        [inputFile("templates/strings/\(locale).yml", text)]
    }

    private func config(locale: String, locales: [String] = StringsCatalog.builtInLocales) -> [String] {
        let text = "title: T\nbase_url: https://status.example.com/\ntimezone: UTC\nlocale: \(locale)\ncomponents: []\n"
        return diagnostics { () throws(DiagnosticList) in try ConfigParser(locales: locales).parse(text) }
    }

    @Test("the built-in files parse, and German and French have every English key with no placeholder English lacks")
    func builtInComplete() throws {
        let catalog = StringsCatalog(site: [])
        #expect(catalog.diagnostics.isEmpty)
        #expect(catalog.locales == ["de", "en", "fr"])
        #expect(StringsCatalog.builtInLocales == ["de", "en", "fr"])
        let files = Dictionary(uniqueKeysWithValues: DefaultSiteFiles.stringsFiles.map { ($0.locale, $0.file) })
        let english = try StringsParser().parse(try #require(files["en"]))
        let englishTexts = Dictionary(uniqueKeysWithValues: english.map { ($0.key, $0.text) })
        for locale in ["de", "fr"] {
            let translated = try StringsParser().parse(try #require(files[locale]))
            #expect(
                translated.map(\.key) == english.map(\.key), "\(locale).yml has the keys of en.yml, in the same order")
            for entry in translated {
                let allowed = Strings.placeholders(in: englishTexts[entry.key] ?? "")
                let used = Strings.placeholders(in: entry.text)
                #expect(
                    used.allSatisfy(allowed.contains),
                    "\(locale).yml '\(entry.key)' uses \(used), English has \(allowed)")
            }
        }
    }

    @Test("a language is English, then its built-in file, then the site's file, key by key")
    func layers() {
        let english = StringsCatalog(site: []).strings(for: "en")
        let german = StringsCatalog(site: []).strings(for: "de")
        let site = StringsCatalog(site: site("de", "today: Jetzt\n")).strings(for: "de")
        #expect(german.values["today"] == "Heute")
        #expect(site.values["today"] == "Jetzt")
        #expect(site.locale == "de")
        var expected = german.values
        expected["today"] = "Jetzt"
        #expect(site.values == expected, "only the overridden key changes")
        #expect(Set(german.values.keys) == Set(english.values.keys))
    }

    @Test("a site's own language falls back to English for the keys its file leaves out")
    func siteLanguage() {
        let catalog = StringsCatalog(site: site("it", "today: Oggi\n"))
        #expect(catalog.locales == ["de", "en", "fr", "it"])
        #expect(catalog.diagnostics.isEmpty)
        let italian = catalog.strings(for: "it")
        #expect(italian.values["today"] == "Oggi")
        #expect(italian.values["past_incidents"] == "Past incidents")
        #expect(StringsCatalog.locales(sitePaths: site("it", "").map(\.path)) == ["de", "en", "fr", "it"])
    }

    @Test("unknown keys and placeholders in a site's file are warnings at their line, with a suggestion")
    func unknownNames() {
        let catalog = StringsCatalog(
            site: site("de", "# Our words\ntoday: Jetzt\ntodya: Jetzt\ndays_ago_other: vor {cout} Tagen\nzzz: x\n"))
        #expect(
            catalog.diagnostics.map(\.description) == [
                "templates/strings/de.yml:3: warning: unknown key 'todya' (did you mean 'today'?)",
                "templates/strings/de.yml:4: warning: unknown placeholder '{cout}' in 'days_ago_other' (did you mean '{count}'?)",
                "templates/strings/de.yml:5: warning: unknown key 'zzz'",
            ])
        #expect(catalog.strings(for: "de").values["today"] == "Jetzt")
    }

    @Test("a file in templates/strings/ that does not end in .yml is reported, not read")
    func ignoredFile() {
        let catalog = StringsCatalog(site: [inputFile("templates/strings/de.yaml", "today: Jetzt\n")])
        #expect(
            catalog.diagnostics.map(\.description) == [
                "templates/strings/de.yaml: warning: ignored: strings files end in .yml"
            ])
        #expect(catalog.locales == ["de", "en", "fr"])
        #expect(catalog.strings(for: "de").values["today"] == "Heute")
    }

    @Test("a strings file that is not a flat mapping of texts is an error at its line")
    func errors() {
        func problems(_ text: String) -> [String] {
            StringsCatalog(site: site("de", text)).diagnostics.map(\.description)
        }
        #expect(
            problems("today: Jetzt\nmonths:\n  - Jan\n") == [
                "templates/strings/de.yml:2: 'months' must be text, not a list or mapping"
            ])
        #expect(
            problems("today: [Jetzt\n") == [
                "templates/strings/de.yml:2: invalid YAML: did not find expected ',' or ']'"
            ])
        #expect(problems("- today\n") == ["templates/strings/de.yml:1: a strings file is a mapping of keys to texts"])
        #expect(
            problems("today: a\ntoday: b\n") == [
                "templates/strings/de.yml:2: duplicate key 'today': it is set at line 1 already"
            ])
    }

    @Test("locale: picks a known language; an unknown one is an error at its line in statusgen.yml")
    func configLocale() throws {
        let text = "title: T\nbase_url: https://status.example.com/\ntimezone: UTC\ncomponents: []\n"
        #expect(try ConfigParser().parse(text).locale == "en")
        #expect(try ConfigParser().parse(text + "locale: de\n").locale == "de")
        #expect(try ConfigParser().parse(text + "locale: fr\n").locale == "fr")
        #expect(
            config(locale: "it") == [
                "statusgen.yml:4: unknown locale 'it': known are de, en, fr; add templates/strings/it.yml for another language"
            ])
        #expect(
            config(locale: "eng") == [
                "statusgen.yml:4: unknown locale 'eng' (did you mean 'en'?): known are de, en, fr; "
                    + "add templates/strings/eng.yml for another language"
            ])
        #expect(try ConfigParser(locales: ["de", "en", "it"]).parse(text + "locale: it\n").locale == "it")
    }
}
