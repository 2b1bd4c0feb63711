import StatusgenModel
import Testing

@testable import StatusgenCore

@Suite("translations: the site's own words in its other languages")
struct SiteTextTranslationConfigTests {
    private let head = """
        title: Example Status
        base_url: https://status.example.com/
        timezone: UTC
        locales: [en, de, fr]
        notice:
          text: Phone lines are open **24/7**.
        components:
          - id: mail
            name: Mail
            group: Email
            description: Sending and receiving.
          - id: archive
            name: Archive
            group: Storage

        """

    private func problems(_ lines: String, head: String? = nil) -> [String] {
        diagnostics { () throws(DiagnosticList) in try ConfigParser().parse((head ?? self.head) + lines) }
    }

    @Test("each language's words replace the original's, and what is not given stays as written")
    func reads() throws {
        let config = try ConfigParser().parse(
            head + """
                translations:
                  de:
                    title: Example-Status
                    footer: Fragen? [Schreiben Sie uns](mailto:help@example.com).
                    notice: Die Hotline ist **rund um die Uhr** erreichbar.
                    groups:
                      Email: E-Mail
                    components:
                      mail:
                        name: E-Mail
                        description: Senden und Empfangen.
                """)
        let german = try #require(config.translations["de"])
        #expect(config.translations["fr"] == nil)
        let translated = german.apply(to: config)
        #expect(translated.title == "Example-Status")
        #expect(translated.footerHTML == "<p>Fragen? <a href=\"mailto:help@example.com\">Schreiben Sie uns</a>.</p>\n")
        #expect(translated.notice?.html == "<p>Die Hotline ist <strong>rund um die Uhr</strong> erreichbar.</p>\n")
        #expect(translated.notice?.level == config.notice?.level)
        #expect(
            translated.components.map { [$0.name, $0.group, $0.description] } == [
                ["E-Mail", "E-Mail", "Senden und Empfangen."], ["Archive", "Storage", nil],
            ])
        // The original is untouched.
        #expect(config.title == "Example Status" && config.components[0].name == "Mail")
    }

    @Test("a language, group or component the site lacks, an empty text, an unknown key are errors at their lines")
    func problems() {
        #expect(
            problems(
                """
                translations:
                  it:
                    title: Stato
                  de:
                    title: ""
                    colour: red
                    groups:
                      Emial: E-Mail
                      Storage: Email
                    components:
                      mial:
                        name: E-Mail
                """)
                == [
                    "statusgen.yml:16: 'it' is not one of the site's other languages (de, fr)",
                    "statusgen.yml:19: 'title' must not be empty: leave it out to show the original",
                    "statusgen.yml:20: unknown key 'colour' in translations.de",
                    "statusgen.yml:22: no component is in the group 'Emial' (did you mean 'Email'?)",
                    "statusgen.yml:23: the groups 'Email' and 'Storage' would both show as 'Email' in 'de'",
                    "statusgen.yml:25: no component 'mial' (did you mean 'mail'?)",
                ].sorted())
        let single = head.replacingOccurrences(of: "locales: [en, de, fr]\n", with: "")
            .replacingOccurrences(of: "notice:\n  text: Phone lines are open **24/7**.\n", with: "")
        #expect(
            problems("translations:\n  de:\n    title: Status\n    notice: Hotline\n", head: single) == [
                "statusgen.yml:13: 'de': 'translations' are for the other languages of a site in several, listed in"
                    + " 'locales'"
            ])
        #expect(
            problems(
                "translations:\n  de:\n    notice: Hotline\n",
                head: head.replacingOccurrences(of: "notice:\n  text: Phone lines are open **24/7**.\n", with: ""))
                == ["statusgen.yml:15: there is no 'notice' to translate"])
    }
}
