import Foundation
import StatusgenModel
import Testing

@testable import StatusgenCore

@Suite("The postmortem section of an incident file")
struct PostmortemTests {
    static let path = "incidents/2026-11-24-x.md"

    /// An incident file whose body, from line 5, is `body`.
    static func incident(_ body: String) -> String {
        "---\ntitle: Mail flow stopped\nimpact: major\n---\n\(body)\n"
    }

    @Test("is read as its own block, not as an update, wherever it stands among the updates")
    func separateBlock() throws {
        let text = Self.incident(
            "## 2026-11-24T10:52:00Z investigating\nLooking.\n\n## Postmortem\n### Cause\nA disk filled up.\n\n"
                + "## 2026-11-24T12:00:00Z resolved\nFixed.")
        let incident = try IncidentParserTests.parser.parse(path: Self.path, text: text)
        #expect(incident.updates.map(\.status) == [.investigating, .resolved])
        #expect(incident.updates.map(\.bodyHTML) == ["<p>Looking.</p>\n", "<p>Fixed.</p>\n"])
        #expect(incident.postmortemHTML == "<h3>Cause</h3>\n<p>A disk filled up.</p>\n")
    }

    @Test("is absent from a file without one")
    func absent() throws {
        let incident = try IncidentParserTests.parser.parse(
            path: Self.path, text: Self.incident("## 2026-11-24T10:52:00Z investigating\nLooking."))
        #expect(incident.postmortemHTML == nil)
    }

    @Test(
        "reports a postmortem heading written another way, at its line",
        arguments: [
            (
                "## 2026-11-24T12:00:00Z resolved\nFixed.\n## 2026-11-25T09:00:00Z postmortem\nA disk.",
                "incidents/2026-11-24-x.md:7: '## 2026-11-25T09:00:00Z postmortem': a postmortem has no time and no"
                    + " status: write '## Postmortem'"
            ),
            (
                "## 2026-11-24T12:00:00Z resolved\nFixed.\n\n## Post-mortem\nA disk.",
                "incidents/2026-11-24-x.md:8: '## Post-mortem': write the postmortem's heading as '## Postmortem',"
                    + " alone on its line"
            ),
            (
                "## 2026-11-24T12:00:00Z resolved\nFixed.\n## Postmortem: disk full\nA disk.",
                "incidents/2026-11-24-x.md:7: '## Postmortem: disk full': write the postmortem's heading as"
                    + " '## Postmortem', alone on its line"
            ),
        ])
    func misspeltHeading(body: String, expected: String) {
        let errors = diagnostics(
            of: { () throws(DiagnosticList) in
                try IncidentParserTests.parser.parse(path: Self.path, text: Self.incident(body))
            })
        #expect(errors == [expected])
    }

    @Test("reports a second postmortem with the line of the first, and keeps reading the file")
    func second() {
        let body = """
            ## Postmortem
            One.
            ## 2026-11-24T12:00:00Z resolved
            Fixed.
            ## postmortem
            Two.
            ## 2026-11-24T12:00:00Z update
            Same time.
            """
        let errors = diagnostics(
            of: { () throws(DiagnosticList) in
                try IncidentParserTests.parser.parse(path: Self.path, text: Self.incident(body))
            })
        #expect(
            errors == [
                "incidents/2026-11-24-x.md:9: a second '## Postmortem' section (the first is at line 5): an incident"
                    + " has one postmortem"
            ])
    }
}
