import Foundation
import StatusgenModel
import Testing

@testable import StatusgenCore

@Suite("Adding an update's translation to incidents/ID.LOCALE.md")
struct TranslationFileEditorTests {
    private let editor = TranslationFileEditor(id: "2026-11-24-mail", locale: "de")

    private func update(_ time: String, _ status: UpdateStatus = .identified, _ message: String) throws -> UpdateDraft {
        UpdateDraft(time: try TimestampParser.parse(time), status: status, message: message)
    }

    @Test("a new file starts with the original's title, quoted as YAML needs")
    func newFile() throws {
        let text = try editor.apply(
            try update("2026-11-24T10:52:00Z", .investigating, "Keine Post."), to: nil, title: "Mail: stopped #1")
        #expect(text == "---\ntitle: \"Mail: stopped #1\"\n---\n## 2026-11-24T10:52:00Z investigating\nKeine Post.\n")
    }

    @Test("an existing file keeps every byte, its line ends included, and gets the section at its end")
    func append() throws {
        let text = "---\r\ntitle: Post\r\n---\r\n## 2026-11-24T10:52:00Z investigating\r\nKeine Post."
        let edited = try editor.apply(
            try update("2026-11-24T11:00:00Z", .identified, "Gefunden."), to: text, title: "x")
        #expect(edited == text + "\r\n\r\n## 2026-11-24T11:00:00Z identified\r\nGefunden.\r\n")
    }

    @Test("an update older than the file's newest, or a message that starts a section, is refused")
    func refusals() throws {
        let text = "## 2026-11-24T11:00:00Z identified\nGefunden.\n"
        let older = try update("2026-11-24T10:00:00Z", .update, "Früher.")
        let heading = try update("2026-11-24T12:00:00Z", .update, "Text\n## Mehr")
        let later = try update("2026-11-24T12:00:00Z", .update, "Text")
        #expect(
            diagnostics {
                () throws(DiagnosticList) in
                try editor.apply(older, to: text, title: "x")
            } == [
                "incidents/2026-11-24-mail.de.md:1: not written: the new update's time 2026-11-24T10:00:00Z is before"
                    + " the newest update's (2026-11-24T11:00:00Z)"
            ])
        #expect(
            diagnostics {
                () throws(DiagnosticList) in
                try editor.apply(heading, to: text, title: "x")
            } == [
                "incidents/2026-11-24-mail.de.md: not written: line 2 of the message ('## Mehr') would start another"
                    + " section of the file: use ### for headings inside an update"
            ])
        #expect(
            diagnostics {
                () throws(DiagnosticList) in
                try editor.apply(later, to: text + "```\ncode\n", title: "x")
            } == [
                "incidents/2026-11-24-mail.de.md: not written: the file ends inside a code block (```) or an HTML comment"
                    + " or block, so a new update would be part of it; close it first"
            ])
    }
}
