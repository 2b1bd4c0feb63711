import Foundation
import StatusgenModel
import Testing

@testable import StatusgenCore

@Suite("Translated incident files, checked against their original")
struct TranslationCheckTests {
    private static let config = inputFile(
        "statusgen.yml",
        """
        title: Example Mail Cloud Status
        base_url: https://status.example.com/
        timezone: Europe/London
        locales: [en, de, fr]
        components:
          - id: mail-inbound
            name: Inbound mail

        """)

    private static let original = inputFile(
        "incidents/2026-11-24-mail.md",
        """
        ---
        title: Mail flow stopped
        impact: critical
        components:
          mail-inbound: major_outage
        ---
        ## 2026-11-24T10:52:00Z investigating
        Inbound mail is not delivered.

        ## 2026-11-24T11:30:00Z resolved
        Mail flows again.

        """)

    private func parse(_ files: [InputFile]) -> SiteParser.Result {
        SiteParser().parse([Self.config, Self.original] + files)
    }

    @Test("a complete translation gives no warning and is kept; it is not read as an incident of its own")
    func complete() throws {
        let result = parse([
            inputFile(
                "incidents/2026-11-24-mail.de.md",
                "---\ntitle: Keine Mailzustellung\n---\n## 2026-11-24T10:52:00Z investigating\nEingehende Mails"
                    + " werden nicht zugestellt.\n\n## 2026-11-24T11:30:00Z resolved\nMails fließen wieder.\n")
        ])
        #expect(result.diagnostics.isEmpty)
        let site = try #require(result.site)
        #expect(site.incidents.map(\.id) == ["2026-11-24-mail"])
        let translation = try #require(site.translations.first)
        #expect(translation.locale == "de" && translation.incidentID == "2026-11-24-mail")
        #expect(translation.title == "Keine Mailzustellung")
        #expect(
            translation.updates.map(\.bodyText) == [
                "Eingehende Mails werden nicht zugestellt.", "Mails fließen wieder.",
            ])
    }

    @Test("a missing update, an extra one and a differing status are warnings at their line; the build goes on")
    func updates() throws {
        let result = parse([
            inputFile(
                "incidents/2026-11-24-mail.fr.md",
                "---\ntitle: Courrier bloqué\n---\n## 2026-11-24T10:52:00Z identified\nLe courrier entrant n'arrive"
                    + " pas.\n\n## 2026-11-24T12:00:00Z update\nEn plus.\n")
        ])
        #expect(
            result.diagnostics.map(\.description) == [
                "incidents/2026-11-24-mail.fr.md:1: warning: no translation of the update"
                    + " '## 2026-11-24T11:30:00Z resolved' (incidents/2026-11-24-mail.md:10): it is shown untranslated",
                "incidents/2026-11-24-mail.fr.md:4: warning: the update is 'investigating' in"
                    + " incidents/2026-11-24-mail.md:7, not 'identified': its status comes from the original",
                "incidents/2026-11-24-mail.fr.md:7: warning: incidents/2026-11-24-mail.md has no update at"
                    + " 2026-11-24T12:00:00Z: this section is not shown",
            ])
        #expect(try #require(result.site).translations.count == 1)
    }

    @Test("a summary or postmortem the original lacks is a warning and not shown; the updates are")
    func summaryWithoutOriginal() throws {
        let result = parse([
            inputFile(
                "incidents/2026-11-24-mail.de.md",
                "---\ntitle: Keine Mailzustellung\n---\nZusammenfassung: ein Fehler.\n\n"
                    + "## 2026-11-24T10:52:00Z investigating\nEingehende Mails werden nicht zugestellt.\n\n"
                    + "## 2026-11-24T11:30:00Z resolved\nMails fließen wieder.\n\n## Postmortem\nDie Ursache.\n")
        ])
        #expect(
            result.diagnostics.map(\.description) == [
                "incidents/2026-11-24-mail.de.md:1: warning: incidents/2026-11-24-mail.md has no '## Postmortem': the"
                    + " translation's is not shown",
                "incidents/2026-11-24-mail.de.md:1: warning: incidents/2026-11-24-mail.md has no summary (text before"
                    + " its first update): the translation's is not shown",
            ])
        let site = try #require(result.site)
        let translation = try #require(site.translations.first)
        #expect(translation.summaryHTML.isEmpty && translation.summaryText.isEmpty && translation.postmortemHTML == nil)
        #expect(translation.updates.count == 2)
    }

    @Test("a title left as the original's, as a new translation's file has it, is a warning and shown as such")
    func titleLeftAsTheOriginal() throws {
        let result = parse([
            inputFile(
                "incidents/2026-11-24-mail.de.md",
                "---\ntitle: Mail flow stopped\n---\n## 2026-11-24T10:52:00Z investigating\nEingehende Mails"
                    + " werden nicht zugestellt.\n\n## 2026-11-24T11:30:00Z resolved\nMails fließen wieder.\n")
        ])
        #expect(
            result.diagnostics.map(\.description) == [
                "incidents/2026-11-24-mail.de.md:1: warning: the title is the original's, word for word: it is shown"
                    + " as the original's, in en, until it is translated (or the line is removed)"
            ])
        let translation = try #require(result.site?.translations.first)
        #expect(translation.title == nil)
        #expect(translation.updates.count == 2)
    }

    @Test("a translation into a language the site does not publish, or without an original, is a warning and left out")
    func leftOut() throws {
        let result = parse([
            inputFile("incidents/2026-11-24-mail.it.md", "## 2026-11-24T10:52:00Z investigating\nPosta ferma.\n"),
            inputFile("incidents/2026-11-24-mial.de.md", "## 2026-11-24T10:52:00Z investigating\nPost.\n"),
            inputFile("incidents/2026-11-24-mail.en.md", "---\ntitle: Mail\nimpact: major\n---\n"),
        ])
        #expect(
            result.diagnostics.map(\.description) == [
                "incidents/2026-11-24-mail.en.md:1: warning: not published: 'en' is not a language the site translates"
                    + " into (its others are de, fr in 'locales' of statusgen.yml)",
                "incidents/2026-11-24-mail.en.md:3: warning: 'impact' is ignored: a translation has only a 'title';"
                    + " everything else comes from incidents/2026-11-24-mail.md",
                "incidents/2026-11-24-mail.it.md:1: warning: not published: 'it' is not a language the site translates"
                    + " into (its others are de, fr in 'locales' of statusgen.yml)",
                "incidents/2026-11-24-mial.de.md:1: warning: not published: there is no incidents/2026-11-24-mial.md to"
                    + " translate (did you mean '2026-11-24-mail'?)",
            ])
        #expect(try #require(result.site).translations.isEmpty)
    }

    @Test("the translation of an incident whose file has an error adds no warning that the file is missing")
    func originalWithError() {
        let broken = inputFile(
            "incidents/2026-11-24-mail.md",
            "---\ntitle: Mail flow stopped\nimpact: critical\ncomponents:\n  mail-inbund: major_outage\n---\n")
        let result = SiteParser().parse([
            Self.config, broken,
            inputFile("incidents/2026-11-24-mail.de.md", "## 2026-11-24T10:52:00Z investigating\nPost.\n"),
        ])
        #expect(result.diagnostics.count == 1)
        #expect(result.diagnostics.first?.location.path == "incidents/2026-11-24-mail.md")
        #expect(result.diagnostics.first?.severity == .error)
    }

    @Test("an unknown status word in a translation lists every word, without calling the original an incident")
    func unknownStatus() {
        let result = parse([
            inputFile("incidents/2026-11-24-mail.de.md", "## 2026-11-24T10:52:00Z investigatin\nPost.\n")
        ])
        let messages = result.diagnostics.map(\.message)
        #expect(
            messages.contains {
                $0.hasPrefix("unknown status 'investigatin': expected one of investigating, identified,")
                    && $0.contains("in_progress") && $0.hasSuffix("(did you mean 'investigating'?)")
            }, "\(messages)")
    }

    @Test("a translation's heading gives no component statuses, which are the original's to give")
    func componentChangesInTranslation() {
        let result = parse([
            inputFile(
                "incidents/2026-11-24-mail.de.md",
                "## 2026-11-24T10:52:00Z investigating (nosuch=major_outage)\nPost.\n")
        ])
        #expect(
            result.diagnostics.map(\.description).contains(
                "incidents/2026-11-24-mail.de.md:1: a translation's heading gives no component statuses: the"
                    + " original's does; write the heading without the parenthesis"), "\(result.diagnostics)")
    }

    @Test("a dotted file name whose last part is no language code is an incident file, refused for its name")
    func dottedIncidentName() {
        let result = parse([
            inputFile("incidents/2026-11-24-api-v2.1-outage.md", "---\ntitle: API\nimpact: minor\n---\n"),
            inputFile("incidents/2026-11-24-mail.pt-BR.md", "## 2026-11-24T10:52:00Z investigating\nCorreio.\n"),
        ])
        #expect(result.site == nil)
        #expect(
            result.diagnostics.map(\.description).contains {
                $0.hasPrefix(
                    "incidents/2026-11-24-api-v2.1-outage.md: file name '2026-11-24-api-v2.1-outage.md' must use")
            })
        #expect(result.diagnostics.map(\.location.path).contains("incidents/2026-11-24-mail.pt-BR.md"))
        #expect(!result.diagnostics.contains { $0.location.path.hasSuffix(".pt-BR.md") && $0.severity == .error })
        #expect(SiteParser.looksLikeLanguage("de") && SiteParser.looksLikeLanguage("zh_Hant"))
        #expect(!SiteParser.looksLikeLanguage("1-outage") && !SiteParser.looksLikeLanguage(""))
    }

    @Test("a translation whose headings cannot be read is an error at its line, as in an incident file")
    func unreadable() {
        let result = parse([
            inputFile("incidents/2026-11-24-mail.de.md", "---\ntitle: Post\n---\n## gestern investigating\nText\n")
        ])
        #expect(result.site == nil)
        #expect(result.diagnostics.first?.location.description.hasPrefix("incidents/2026-11-24-mail.de.md:4") == true)
    }
}
