import Foundation
import StatusgenModel
import Testing

@testable import StatusgenCore

@Suite("Incident files")
struct IncidentParserTests {
    static let parser = IncidentParser(componentIDs: ["mail-inbound", "admin-console", "mail-archive"])
    static let path = "incidents/2026-11-24-uk-mail-flow.md"

    static let example = """
        ---
        title: Mail flow stopped for UK customers
        impact: critical
        components:
          mail-inbound: major_outage
          admin-console: partial_outage
        ---
        Queued mail is held, **not lost**.

        ## 2026-11-24T10:52:00Z investigating
        Inbound mail is not being delivered.

        ## 2026-11-24 12:30 Europe/London identified
        A storage cluster failed over.

        ```text
        ## not a heading inside code
        ```

        ## 2026-11-24T16:05:00Z resolved
        Mail flow is restored.

        ## Postmortem
        ### What happened
        The cluster lost quorum.
        """

    @Test("reads the front matter fields")
    func frontMatter() throws {
        let incident = try Self.parser.parse(path: Self.path, text: Self.example)
        #expect(incident.id == "2026-11-24-uk-mail-flow")
        #expect(incident.kind == .incident)
        #expect(incident.title == "Mail flow stopped for UK customers")
        #expect(incident.impact == .critical)
        #expect(
            incident.components == [
                AffectedComponent(id: "mail-inbound", status: .majorOutage),
                AffectedComponent(id: "admin-console", status: .partialOutage),
            ])
        #expect(incident.window == nil)
        #expect(incident.source.description == "incidents/2026-11-24-uk-mail-flow.md:1")
    }

    @Test("reads affected_text as names without a component, and import_hash without a word")
    func affectedText() throws {
        let text = """
            ---
            import_hash: 0123456789abcdef
            title: Logins fail
            impact: minor
            affected_text:
              - accounts.example.org
              - " SSO "
            ---
            ## 2026-11-24T10:52:00Z investigating
            Text.
            """
        let incident = try Self.parser.parse(path: Self.path, text: text)
        #expect(incident.affectedText == ["accounts.example.org", "SSO"])
        #expect(incident.components.isEmpty)
    }

    @Test("reads each update heading's time, status and line, and the body up to the next heading")
    func updates() throws {
        let incident = try Self.parser.parse(path: Self.path, text: Self.example)
        #expect(
            incident.updates.map(\.time) == [
                utc("2026-11-24T10:52:00Z"), utc("2026-11-24T12:30:00Z"), utc("2026-11-24T16:05:00Z"),
            ])
        #expect(incident.updates.map(\.status) == [.investigating, .identified, .resolved])
        #expect(incident.updates.map(\.line) == [10, 13, 20])
        #expect(
            incident.updates.map(\.bodyHTML) == [
                "<p>Inbound mail is not being delivered.</p>\n",
                "<p>A storage cluster failed over.</p>\n<pre><code class=\"language-text\">## not a heading inside code\n</code></pre>\n",
                "<p>Mail flow is restored.</p>\n",
            ])
    }

    @Test("renders the summary above the first update and the postmortem section")
    func summaryAndPostmortem() throws {
        let incident = try Self.parser.parse(path: Self.path, text: Self.example)
        #expect(incident.summaryHTML == "<p>Queued mail is held, <strong>not lost</strong>.</p>\n")
        #expect(incident.postmortemHTML == "<h3>What happened</h3>\n<p>The cluster lost quorum.</p>\n")
    }

    @Test("has an empty summary and no postmortem when the file has neither")
    func noSummary() throws {
        let incident = try Self.parser.parse(
            path: Self.path,
            text: """
                ---
                title: Slow sign-in
                impact: minor
                ---
                ## 2026-11-24T10:52:00Z investigating
                Sign-in takes a minute.
                """)
        #expect(incident.summaryHTML == "")
        #expect(incident.postmortemHTML == nil)
        #expect(incident.components.isEmpty)
        #expect(incident.updates.map(\.bodyHTML) == ["<p>Sign-in takes a minute.</p>\n"])
    }

    @Test("orders updates by time, oldest first, however they are written")
    func ordersUpdates() throws {
        let incident = try Self.parser.parse(
            path: Self.path,
            text: """
                ---
                title: Slow sign-in
                impact: minor
                ---
                ## 2026-11-24T12:00:00Z resolved
                Fixed.

                ## 2026-11-24T10:52:00Z investigating
                Looking.
                """)
        #expect(incident.updates.map(\.status) == [.investigating, .resolved])
        #expect(incident.updates.map(\.line) == [8, 5])
    }

    @Test("reads headings with inline formatting, any case of Postmortem, and an `update` note")
    func headingVariants() throws {
        let incident = try Self.parser.parse(
            path: Self.path,
            text: """
                ---
                title: Slow sign-in
                impact: none
                ---
                ## 2026-11-24T10:52:00Z *investigating*
                ## 2026-11-24T11:00:00+00:00   update
                ## postmortem
                """)
        #expect(incident.impact == Impact.none)
        #expect(incident.updates.map(\.status) == [.investigating, .update])
        #expect(incident.updates.map(\.bodyHTML) == ["", ""])
        #expect(incident.postmortemHTML == "")
    }

    @Test("reads a file with Windows line endings and a byte order mark")
    func crlfAndBOM() throws {
        let text = "\u{FEFF}" + Self.example.replacingOccurrences(of: "\n", with: "\r\n")
        let incident = try Self.parser.parse(path: Self.path, text: text)
        #expect(incident.title == "Mail flow stopped for UK customers")
        #expect(incident.updates.map(\.line) == [10, 13, 20])
        #expect(incident.updates.map(\.status) == [.investigating, .identified, .resolved])
        #expect(incident.updates.first?.bodyHTML == "<p>Inbound mail is not being delivered.</p>\n")
    }

    @Test("reads a maintenance with its window in either timestamp form and its own status words")
    func maintenance() throws {
        let incident = try Self.parser.parse(
            path: "incidents/2026-11-28-archive-upgrade.md",
            text: """
                ---
                title: Archive storage upgrade
                kind: maintenance
                components:
                  mail-archive: under_maintenance
                starts: 2026-11-28T22:00:00Z
                ends: 2026-11-29 02:00 Europe/London
                ---
                Search may be slow.

                ## 2026-11-21T09:00:00Z scheduled
                Planned.

                ## 2026-11-28T22:01:00Z in_progress
                Started.

                ## 2026-11-29T00:30:00Z verifying
                Checking.

                ## 2026-11-29T01:10:00Z completed
                Done.
                """)
        #expect(incident.id == "2026-11-28-archive-upgrade")
        #expect(incident.kind == .maintenance)
        #expect(incident.impact == Impact.none)
        #expect(incident.components == [AffectedComponent(id: "mail-archive", status: .underMaintenance)])
        #expect(
            incident.window == MaintenanceWindow(starts: utc("2026-11-28T22:00:00Z"), ends: utc("2026-11-29T02:00:00Z"))
        )
        #expect(incident.updates.map(\.status) == [.scheduled, .inProgress, .verifying, .completed])
        #expect(incident.summaryHTML == "<p>Search may be slow.</p>\n")
        #expect(incident.summaryText == "Search may be slow.")
        #expect(incident.updates.map(\.bodyText) == ["Planned.", "Started.", "Checking.", "Done."])
    }

    @Test("reads a maintenance called off with a cancelled update")
    func cancelledMaintenance() throws {
        let incident = try Self.parser.parse(
            path: "incidents/2026-11-28-archive-upgrade.md",
            text: """
                ---
                title: Archive storage upgrade
                kind: maintenance
                starts: 2026-11-28T22:00:00Z
                ends: 2026-11-29T02:00:00Z
                ---
                ## 2026-11-21T09:00:00Z scheduled
                Planned.

                ## 2026-11-25T09:00:00Z cancelled
                Moved to *next year*, see [the plan](https://acme.test/plan).
                """)
        #expect(incident.updates.map(\.status) == [.scheduled, .cancelled])
        #expect(incident.updates.last?.bodyText == "Moved to next year, see the plan (https://acme.test/plan).")
    }

    @Test("accepts a maintenance announced without any update yet")
    func maintenanceWithoutUpdates() throws {
        let incident = try Self.parser.parse(
            path: "incidents/2026-11-28-archive-upgrade.md",
            text: """
                ---
                title: Archive storage upgrade
                kind: maintenance
                impact: minor
                starts: "2026-11-28T22:00:00Z"
                ends: "2026-11-29T02:00:00Z"
                ---
                Search may be slow.
                """)
        #expect(incident.updates.isEmpty)
        #expect(incident.impact == .minor)
    }

    @Test("accepts an incident whose first update is a note, and one made only of updates")
    func onlyUpdates() throws {
        let incident = try Self.parser.parse(
            path: Self.path,
            text: "---\ntitle: x\nimpact: minor\n---\n## 2026-11-24T10:52:00Z update\n")
        #expect(incident.updates.map(\.status) == [.update])
        #expect(incident.updates.map(\.line) == [5])
    }
}
