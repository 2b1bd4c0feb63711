import Foundation
import StatusgenModel
import Testing

@testable import StatusgenCore

@Suite("Editing incident files as text")
struct IncidentFileEditorTests {
    let editor = IncidentFileEditor(path: "incidents/2026-11-24-mail.md", componentIDs: ["mail", "web", "api"])

    func update(_ time: String, _ status: UpdateStatus, _ message: String = "Text.") -> UpdateDraft {
        UpdateDraft(time: utc(time), status: status, message: message)
    }

    @Test("Text is cut into lines that keep their own line ends")
    func textLines() {
        let text = "a\r\nb\nc\rd"
        #expect(TextLines(text).lines == ["a\r\n", "b\n", "c\r", "d"])
        #expect(TextLines(text).text == text)
        #expect(TextLines(text).lineEnd == "\r\n")
        #expect(TextLines("").lines.isEmpty)
    }

    @Test("A changed status goes in the update's heading; a component not named yet is added as it was till then")
    func components() throws {
        let text = """
            ---
            title: Mail # comment
            impact: major
            components:
              mail: 'partial_outage'   # quoted, with a comment
              api: degraded_performance
            ---
            ## 2026-11-24T10:00:00Z investigating
            First.
            """
        let edited = try editor.apply(
            update("2026-11-24T11:00:00Z", .identified, "\n\nSecond.\n\n"),
            changing: [
                AffectedComponent(id: "mail", status: .majorOutage),
                AffectedComponent(id: "web", status: .degradedPerformance),
                AffectedComponent(id: "api", status: .degradedPerformance),
            ],
            to: text)
        // The front matter keeps the statuses the incident began with, so that the record keeps the outage
        // that a later recovery ends; api's status does not change, and is not written again.
        #expect(
            edited == """
                ---
                title: Mail # comment
                impact: major
                components:
                  mail: 'partial_outage'   # quoted, with a comment
                  api: degraded_performance
                  web: operational
                ---
                ## 2026-11-24T10:00:00Z investigating
                First.

                ## 2026-11-24T11:00:00Z identified (mail=major_outage, web=degraded_performance)
                Second.

                """)
        let incident = try editor.read(edited)
        #expect(incident.status(of: "mail", at: utc("2026-11-24T10:30:00Z")) == .partialOutage)
        #expect(incident.status(of: "mail", at: utc("2026-11-24T11:00:00Z")) == .majorOutage)
        #expect(incident.status(of: "web", at: utc("2026-11-24T10:30:00Z")) == .operational)

        let recovered = try editor.apply(
            update("2026-11-24T12:00:00Z", .monitoring),
            changing: [AffectedComponent(id: "mail", status: .operational)],
            to: edited)
        #expect(recovered.hasSuffix("## 2026-11-24T12:00:00Z monitoring (mail=operational)\nText.\n"))
        #expect(
            try editor.read(recovered).worstComponents(from: utc("2026-11-24T10:00:00Z"), to: nil).map(\.status) == [
                .majorOutage, .degradedPerformance, .degradedPerformance,
            ])
    }

    @Test("A resolution takes no component statuses: it gives every component back")
    func componentsOnResolution() {
        let text = "---\ntitle: Mail\nimpact: minor\n---\n## 2026-11-24T10:00:00Z investigating\nFirst.\n"
        #expect(
            diagnostics { () throws(DiagnosticList) in
                try editor.apply(
                    update("2026-11-24T11:00:00Z", .resolved),
                    changing: [AffectedComponent(id: "mail", status: .operational)], to: text)
            } == [
                "incidents/2026-11-24-mail.md: not written: 'resolved' gives every component back, so it takes no"
                    + " --component; give the components' statuses with an update before it"
            ])
    }

    @Test("A file without components gets the key before the closing '---'")
    func newComponentsKey() throws {
        let text = "---\ntitle: Mail\nimpact: minor\n---\n## 2026-11-24T10:00:00Z investigating\nFirst.\n"
        let edited = try editor.apply(
            update("2026-11-24T11:00:00Z", .update), changing: [AffectedComponent(id: "api", status: .majorOutage)],
            to: text)
        #expect(
            edited
                == "---\ntitle: Mail\nimpact: minor\ncomponents:\n  api: operational\n---\n"
                + "## 2026-11-24T10:00:00Z investigating\nFirst.\n\n"
                + "## 2026-11-24T11:00:00Z update (api=major_outage)\nText.\n")
    }

    @Test("An empty 'components:' key gets its first entry on the next line")
    func emptyComponentsKey() throws {
        let text =
            "---\ntitle: Mail\ncomponents:   # none yet\nimpact: minor\n---\n## 2026-11-24T10:00:00Z investigating\nA.\n"
        let edited = try editor.apply(
            update("2026-11-24T11:00:00Z", .update), changing: [AffectedComponent(id: "web", status: .partialOutage)],
            to: text)
        #expect(
            edited.hasPrefix("---\ntitle: Mail\ncomponents:   # none yet\n  web: operational\nimpact: minor\n---\n"))
    }

    @Test("Components written in flow style keep their line when a status changes, but are not added to")
    func flowStyle() throws {
        let text =
            "---\ntitle: Mail\nimpact: minor\ncomponents: {mail: partial_outage}\n---\n## 2026-11-24T10:00:00Z investigating\nA.\n"
        let changed = try editor.apply(
            update("2026-11-24T11:00:00Z", .update), changing: [AffectedComponent(id: "mail", status: .majorOutage)],
            to: text)
        #expect(changed.contains("components: {mail: partial_outage}\n"))
        #expect(changed.hasSuffix("## 2026-11-24T11:00:00Z update (mail=major_outage)\nText.\n"))
        #expect(
            diagnostics { () throws(DiagnosticList) in
                try editor.apply(
                    update("2026-11-24T11:00:00Z", .update),
                    changing: [AffectedComponent(id: "web", status: .majorOutage)], to: text)
            } == [
                "incidents/2026-11-24-mail.md: not written: 'components' is not written as one 'id: status' line per"
                    + " component; edit the file by hand"
            ])
    }

    @Test("An update earlier than the newest one is refused")
    func timeOrder() {
        let text = "---\ntitle: Mail\nimpact: minor\n---\n## 2026-11-24T10:00:00Z investigating\nA.\n"
        #expect(
            diagnostics { () throws(DiagnosticList) in
                try editor.apply(update("2026-11-24T09:59:59Z", .identified), changing: [], to: text)
            } == [
                "incidents/2026-11-24-mail.md:5: not written: the new update's time 2026-11-24T09:59:59Z is before"
                    + " the newest update's (2026-11-24T10:00:00Z)"
            ])
    }

    @Test("An update in the same second as the newest one is written at its time, after it in the file")
    func sameSecond() throws {
        let text = "---\ntitle: Mail\nimpact: minor\n---\n## 2026-11-24T10:00:00Z investigating\nA.\n"
        let edited = try editor.apply(update("2026-11-24T10:00:00Z", .identified), changing: [], to: text)
        #expect(edited.hasPrefix(text))
        #expect(edited.contains("\n## 2026-11-24T10:00:00Z identified\n"))
        let updates = try editor.read(edited).updates
        #expect(updates.map(\.status) == [.investigating, .identified])
        #expect(updates.map(\.sameSecondIndex) == [0, 1])
    }

    @Test(
        "A message that would start another section or break the file is refused",
        arguments: [
            (
                "## 2026-11-24T12:00:00Z resolved\nSneaky.",
                "incidents/2026-11-24-mail.md: not written: line 1 of the message ('## 2026-11-24T12:00:00Z resolved')"
                    + " would start another section of the file: use ### for headings inside an update"
            ),
            (
                "## Postmortem",
                "incidents/2026-11-24-mail.md: not written: line 1 of the message ('## Postmortem')"
                    + " would start another section of the file: use ### for headings inside an update"
            ),
            (
                "First.\n\n## Next steps",
                "incidents/2026-11-24-mail.md: not written: line 3 of the message ('## Next steps')"
                    + " would start another section of the file: use ### for headings inside an update"
            ),
            (
                "Next steps\n----------",
                "incidents/2026-11-24-mail.md: not written: line 1 of the message ('Next steps') would start another"
                    + " section of the file: followed by '---' it is a heading in Markdown; put a blank line before '---'"
                    + " for a horizontal rule"
            ),
        ])
    func brokenMessage(message: String, expected: String) {
        let text = "---\ntitle: Mail\nimpact: minor\n---\n## 2026-11-24T10:00:00Z investigating\nA.\n"
        #expect(
            diagnostics { () throws(DiagnosticList) in
                try editor.apply(update("2026-11-24T11:00:00Z", .identified, message), changing: [], to: text)
            } == [expected])
    }

    static let leavesBlockOpen =
        "not written: the message leaves a code block (```) or an HTML comment or block open, which would hide"
        + " every later update; close it"

    @Test(
        "A message that leaves a code block or an HTML comment open is refused: the next update would be inside it",
        arguments: ["Logs:\n```\nerror 500", "~~~\nquery", "<!-- to do", "<pre>\nlog"])
    func openBlock(message: String) throws {
        let text = "---\ntitle: Mail\nimpact: minor\n---\n## 2026-11-24T10:00:00Z investigating\nA.\n"
        #expect(
            diagnostics { () throws(DiagnosticList) in
                try editor.apply(update("2026-11-24T11:00:00Z", .identified, message), changing: [], to: text)
            } == ["incidents/2026-11-24-mail.md: " + Self.leavesBlockOpen])
        let draft = IncidentDraft(
            title: "Mail", kind: .incident, impact: .minor, components: [], window: nil,
            update: update("2026-11-24T10:00:00Z", .investigating, message))
        #expect(
            diagnostics { () throws(DiagnosticList) in
                try IncidentFileComposer(componentIDs: []).compose(draft, path: "incidents/2026-11-24-mail.md")
            } == ["incidents/2026-11-24-mail.md: " + Self.leavesBlockOpen])
        // A closed block is fine.
        let closed = try editor.apply(
            update("2026-11-24T11:00:00Z", .identified, "```\nerror 500\n```"), changing: [], to: text)
        #expect(closed.hasSuffix("identified\n```\nerror 500\n```\n"))
    }

    @Test("A file that already ends inside a code block says so instead of blaming the new message")
    func fileEndsInBlock() {
        let text = "---\ntitle: Mail\nimpact: minor\n---\n## 2026-11-24T10:00:00Z investigating\n```\nA.\n"
        #expect(
            diagnostics { () throws(DiagnosticList) in
                try editor.apply(update("2026-11-24T11:00:00Z", .resolved), changing: [], to: text)
            } == [
                "incidents/2026-11-24-mail.md: not written: the file ends inside a code block (```) or an HTML"
                    + " comment or block, so a new update would be part of it; close it first"
            ])
    }

    @Test("A new incident file has its front matter and first update, and reads back")
    func compose() throws {
        let draft = IncidentDraft(
            title: "Web: slow", kind: .maintenance, impact: nil,
            components: [AffectedComponent(id: "web", status: .underMaintenance)],
            window: MaintenanceWindow(starts: utc("2026-11-28T22:00:00Z"), ends: utc("2026-11-29T02:00:00Z")),
            update: update("2026-11-21T10:00:00Z", .scheduled, "Planned.\r\nNo action needed.\r\n"))
        let text = try IncidentFileComposer(componentIDs: ["web"]).compose(
            draft, path: "incidents/2026-11-21-web-slow.md")
        #expect(
            text == """
                ---
                title: "Web: slow"
                kind: maintenance
                starts: 2026-11-28T22:00:00Z
                ends: 2026-11-29T02:00:00Z
                components:
                  web: under_maintenance
                ---
                ## 2026-11-21T10:00:00Z scheduled
                Planned.
                No action needed.

                """)
    }
}
