import Foundation
import StatusgenModel
import Testing

@testable import StatusgenCore

@Suite("Errors in incident files")
struct IncidentParserErrorTests {
    static let path = "incidents/2026-11-24-x.md"

    /// The diagnostics for an incident file with `text`.
    func errors(_ text: String, path: String = Self.path, sourceLocation: Testing.SourceLocation = #_sourceLocation)
        -> [String]
    {
        diagnostics(
            of: { () throws(DiagnosticList) in try IncidentParserTests.parser.parse(path: path, text: text) },
            sourceLocation: sourceLocation)
    }

    /// An incident file with `frontMatter` on lines 2 and on, and an update heading after it.
    static func incident(_ frontMatter: String, body: String = "## 2026-11-24T10:52:00Z investigating\nLooking.")
        -> String
    {
        "---\n\(frontMatter)\n---\n\(body)\n"
    }

    @Test("a control character in the front matter is an error at its own line, without YAML's echo of it")
    func controlCharacter() {
        #expect(
            errors(Self.incident("title: T\nimpact: mi\u{7}nor")) == [
                "\(Self.path):3: invalid YAML: control characters are not allowed"
            ])
    }

    @Test("an incident id longer than the limit is refused before it becomes a file name")
    func longID() {
        let id = String(repeating: "a", count: 201)
        #expect(
            errors(Self.incident("title: T\nimpact: minor"), path: "incidents/\(id).md") == [
                "incidents/\(id).md: the file name is longer than 200 characters before '.md'; shorten it"
                    + " (the incident's id names its page, ID.html)"
            ])
        let longest = String(repeating: "a", count: 200)
        let text = Self.incident("title: T\nimpact: minor")
        #expect((try? IncidentParserTests.parser.parse(path: "incidents/\(longest).md", text: text)) != nil)
    }

    @Test("refuses an update whose Markdown is nested too deep, at its file line, and goes on with the others")
    func nestingTooDeep() {
        let body =
            "## 2026-11-24T10:52:00Z investigating\nLooking.\n\n" + String(repeating: "> ", count: 1000) + "x\n\n"
            + "## 2026-11-24T11:00:00Z resolved\n" + String(repeating: "- ", count: 40) + "y\n"
        #expect(
            errors(Self.incident("title: T\nimpact: minor", body: body)) == [
                "\(Self.path):8: Markdown nested more than 64 levels deep (lists, quotes or emphasis inside each other):"
                    + " statusgen does not render it; flatten the text",
                "\(Self.path):11: Markdown nested more than 64 levels deep (lists, quotes or emphasis inside each other):"
                    + " statusgen does not render it; flatten the text",
            ])
    }

    @Test(
        "reports a problem in the front matter at the line of the key",
        arguments: [
            (
                "titel: Mail flow stopped\nimpact: major",
                "incidents/2026-11-24-x.md:2: unknown key 'titel' (did you mean 'title'?)"
            ),
            (
                "title: Mail flow stopped\nimpact: major\nseverity: high",
                "incidents/2026-11-24-x.md:4: unknown key 'severity'"
            ),
            (
                "title: Mail flow stopped\nimpact: major\ncomponent:\n  mail-inbound: major_outage",
                "incidents/2026-11-24-x.md:4: unknown key 'component' (did you mean 'components'?)"
            ),
            (
                "title: Mail flow stopped\nimpcat: major",
                "incidents/2026-11-24-x.md:3: unknown key 'impcat' (did you mean 'impact'?)"
            ),
            ("impact: major", "incidents/2026-11-24-x.md:2: missing key 'title'"),
            ("# nothing yet", "incidents/2026-11-24-x.md:2: missing key 'title'"),
            (
                "- title: Mail flow stopped",
                "incidents/2026-11-24-x.md:2: the YAML document must be a mapping of keys to values"
            ),
            ("title: '  '\nimpact: major", "incidents/2026-11-24-x.md:2: 'title' must not be empty"),
            (
                "title: [Mail, flow]\nimpact: major",
                "incidents/2026-11-24-x.md:2: 'title' must be a single value, not a list or mapping"
            ),
            (
                "title: Mail flow stopped",
                "incidents/2026-11-24-x.md:2: missing key 'impact': one of none, minor, major, critical"
            ),
            (
                "title: Mail flow stopped\nimpact: majr",
                "incidents/2026-11-24-x.md:3: 'impact': unknown value 'majr': expected one of none, minor, major, critical (did you mean 'major'?)"
            ),
            (
                "title: Mail flow stopped\nimpact: catastrophic",
                "incidents/2026-11-24-x.md:3: 'impact': unknown value 'catastrophic': expected one of none, minor, major, critical"
            ),
            (
                "title: Mail flow stopped\nkind: maintainance\nimpact: major",
                "incidents/2026-11-24-x.md:3: 'kind': unknown value 'maintainance': expected one of incident, maintenance (did you mean 'maintenance'?)"
            ),
            (
                "title: Mail flow stopped\nimpact: major\ncomponents: [mail-inbound]",
                "incidents/2026-11-24-x.md:4: 'components' must be a mapping of keys to values"
            ),
            (
                "title: Mail flow stopped\nimpact: major\ncomponents:\n  mail-inbound: major_outtage",
                "incidents/2026-11-24-x.md:5: 'components.mail-inbound': unknown value 'major_outtage': expected one of operational, under_maintenance, degraded_performance, partial_outage, major_outage (did you mean 'major_outage'?)"
            ),
            (
                "title: Mail flow stopped\nimpact: major\ncomponents:\n  mail-inbound: major_outage\n  mail-inbund: partial_outage",
                "incidents/2026-11-24-x.md:6: unknown component 'mail-inbund' (did you mean 'mail-inbound'?)"
            ),
            (
                "title: Mail flow stopped\nimpact: major\ncomponents:\n  billing: partial_outage",
                "incidents/2026-11-24-x.md:5: unknown component 'billing'"
            ),
            (
                "title: Mail flow stopped\nimpact: major\nstarts: 2026-11-24T10:00:00Z",
                "incidents/2026-11-24-x.md:4: 'starts' is only for 'kind: maintenance'"
            ),
            (
                "title: Mail flow stopped\nimpact: major\nends: 2026-11-24T10:00:00Z",
                "incidents/2026-11-24-x.md:4: 'ends' is only for 'kind: maintenance'"
            ),
        ])
    func frontMatterProblem(frontMatter: String, expected: String) {
        #expect(errors(Self.incident(frontMatter)) == [expected])
    }

    @Test("reports empty front matter at its closing line")
    func emptyFrontMatter() {
        #expect(
            errors("---\n---\n## 2026-11-24T10:52:00Z investigating\n") == [
                "incidents/2026-11-24-x.md:2: missing key 'title'"
            ])
    }

    @Test("reports a file without front matter at line 1")
    func missingFrontMatter() {
        #expect(
            errors("# Mail flow stopped\n\n## 2026-11-24T10:52:00Z investigating\n") == [
                "incidents/2026-11-24-x.md:1: the file must start with front matter: a '---' line, YAML, and another '---' line"
            ])
        #expect(
            errors("") == [
                "incidents/2026-11-24-x.md:1: the file must start with front matter: a '---' line, YAML, and another '---' line"
            ])
    }

    @Test("reports front matter that is never closed at line 1")
    func unclosedFrontMatter() {
        #expect(
            errors("---\ntitle: Mail flow stopped\nimpact: major\n\n## 2026-11-24T10:52:00Z investigating\n") == [
                "incidents/2026-11-24-x.md:1: the front matter has no closing '---' line"
            ])
    }

    @Test("reports a YAML syntax error at its line in the file, not in the front matter")
    func yamlSyntax() {
        // Line 3 of the file is the second line of the YAML.
        let found = errors(Self.incident("title: Mail flow stopped\nimpact: major: really"))
        #expect(found == ["incidents/2026-11-24-x.md:3: invalid YAML: mapping values are not allowed in this context"])
    }

    @Test(
        "reports a Unicode line break, which YAML would end a line at, at its line", arguments: ["\u{2028}", "\u{85}"])
    func unicodeLineBreak(separator: String) {
        let found = errors(Self.incident("impact: major\ntitle: \"Mail\(separator)flow\""))
        let code = separator == "\u{85}" ? "0085" : "2028"
        #expect(
            found == [
                "incidents/2026-11-24-x.md:3: a Unicode line break (U+\(code)) that YAML would read as the end of the"
                    + " line: remove it, or use a plain line break"
            ])
    }

    @Test("reports a key written twice")
    func duplicateKey() {
        let found = errors(Self.incident("title: Mail flow stopped\nimpact: major\ntitle: Again"))
        #expect(found == ["incidents/2026-11-24-x.md:4: duplicate key 'title': it is set at line 2 already"])
    }

    @Test("reports a file name that cannot be a URL, without a line")
    func badFileName() {
        let path = "incidents/2026-11-24 Mail Flow.md"
        #expect(
            errors(Self.incident("title: x\nimpact: major"), path: path) == [
                "incidents/2026-11-24 Mail Flow.md: file name '2026-11-24 Mail Flow.md' must use only a-z, 0-9 and '-' (it becomes the incident's URL)"
            ])
    }

    @Test(
        "reports an update heading it cannot read, at the heading's line",
        arguments: [
            (
                "## 2026-11-24T10:52:00Z investigatng",
                "incidents/2026-11-24-x.md:5: unknown status 'investigatng' for an incident: expected one of investigating, identified, monitoring, resolved, update (did you mean 'investigating'?)"
            ),
            (
                "## 2026-11-24T10:52:00Z in_progress",
                "incidents/2026-11-24-x.md:5: unknown status 'in_progress' for an incident: expected one of investigating, identified, monitoring, resolved, update"
            ),
            (
                "## 2026-11-24T10:52:00Z cancelled",
                "incidents/2026-11-24-x.md:5: unknown status 'cancelled' for an incident: expected one of investigating, identified, monitoring, resolved, update"
            ),
            (
                "## 2026-11-24T10:52:00Z",
                "incidents/2026-11-24-x.md:5: '## 2026-11-24T10:52:00Z' is not an update heading: write '## 2026-11-24T10:52:00Z investigating' (use ### for other headings inside an update)"
            ),
            (
                "## Background",
                "incidents/2026-11-24-x.md:5: '## Background' is not an update heading: write '## 2026-11-24T10:52:00Z investigating' (use ### for other headings inside an update)"
            ),
            (
                "## What happened next",
                "incidents/2026-11-24-x.md:5: '## What happened next': 'What happened' is not a timestamp: use RFC 3339 such as 2026-11-24T10:52:00Z, or 2026-11-24 10:52 Europe/London (use ### for other headings inside an update)"
            ),
            (
                "Background\n----------",
                "incidents/2026-11-24-x.md:5: 'Background' followed by a '---' line is a heading in Markdown: put a blank line before '---' for a horizontal rule"
            ),
            (
                "## 2026-03-29 01:30 Europe/London investigating",
                "incidents/2026-11-24-x.md:5: '## 2026-03-29 01:30 Europe/London investigating': '2026-03-29 01:30 Europe/London' does not exist in Europe/London (the clocks went forward): give the time with a UTC offset"
            ),
            (
                "## 2026-10-25 01:30 Europe/London investigating",
                "incidents/2026-11-24-x.md:5: '## 2026-10-25 01:30 Europe/London investigating': '2026-10-25 01:30 Europe/London' happens twice in Europe/London (the clocks went back): give the time with a UTC offset"
            ),
            (
                "## 2026-11-24 10:52 Europe/Londn investigating",
                "incidents/2026-11-24-x.md:5: '## 2026-11-24 10:52 Europe/Londn investigating': unknown time zone 'Europe/Londn': use an IANA name such as Europe/London, or UTC"
            ),
        ])
    func badHeading(heading: String, expected: String) {
        let text = Self.incident("title: Mail flow stopped\nimpact: major", body: "\(heading)\nText.")
        #expect(errors(text) == [expected])
    }

    @Test("reports a second postmortem section")
    func secondPostmortem() {
        let text = Self.incident(
            "title: Mail flow stopped\nimpact: major",
            body: "## 2026-11-24T10:52:00Z resolved\nFixed.\n## Postmortem\nOne.\n## Postmortem\nTwo.")
        #expect(
            errors(text) == [
                "incidents/2026-11-24-x.md:9: a second '## Postmortem' section (the first is at line 7): an incident"
                    + " has one postmortem"
            ])
    }

    @Test("reports an incident without any update at the first line of its body")
    func noUpdates() {
        let text = Self.incident(
            "title: Mail flow stopped\nimpact: major", body: "Something happened.\n\n## Postmortem\nText.")
        #expect(
            errors(text) == [
                "incidents/2026-11-24-x.md:5: an incident needs at least one update, such as '## 2026-11-24T10:52:00Z investigating'"
            ])
    }

    @Test("reports an incident without a body at a line of the file, even when the closing '---' ends it")
    func noBody() {
        let message = "an incident needs at least one update, such as '## 2026-11-24T10:52:00Z investigating'"
        for (text, line) in [
            ("---\ntitle: Checkout errors\nimpact: major\n---", 4),
            ("---\ntitle: Checkout errors\nimpact: major\n---\n", 5),
            ("---\r\ntitle: Checkout errors\r\nimpact: major\r\n---\r\n", 5),
        ] {
            #expect(errors(text) == ["incidents/2026-11-24-x.md:\(line): \(message)"])
        }
    }

    @Test("reports every problem in a file at once, in line order")
    func everyProblem() {
        let text = Self.incident(
            "title: Mail flow stopped\nimpact: major\ncomponents:\n  mail-inbund: major_outage\nowner: ops",
            body: "## 2026-11-24T10:52:00Z investigatin\n\n## Timeline\n")
        #expect(
            errors(text) == [
                "incidents/2026-11-24-x.md:5: unknown component 'mail-inbund' (did you mean 'mail-inbound'?)",
                "incidents/2026-11-24-x.md:6: unknown key 'owner'",
                "incidents/2026-11-24-x.md:8: unknown status 'investigatin' for an incident: expected one of investigating, identified, monitoring, resolved, update (did you mean 'investigating'?)",
                "incidents/2026-11-24-x.md:10: '## Timeline' is not an update heading: write '## 2026-11-24T10:52:00Z investigating' (use ### for other headings inside an update)",
            ])
    }

    @Test("a misspelt kind is reported once, without false errors on status words of the other kind")
    func misspeltKind() {
        let text = Self.incident(
            "title: Upgrade\nkind: maintainance\nstarts: 2026-11-28T22:00:00Z\nends: 2026-11-29T02:00:00Z",
            body: "## 2026-11-28T22:00:00Z in_progress\nStarted.")
        #expect(
            errors(text) == [
                "incidents/2026-11-24-x.md:3: 'kind': unknown value 'maintainance': expected one of incident, maintenance (did you mean 'maintenance'?)"
            ])
    }
}

@Suite("Errors in maintenance files")
struct MaintenanceParserErrorTests {
    func errors(_ frontMatter: String, body: String = "## 2026-11-28T22:01:00Z in_progress\nStarted.") -> [String] {
        let text = IncidentParserErrorTests.incident(frontMatter, body: body)
        return diagnostics { () throws(DiagnosticList) in
            try IncidentParserTests.parser.parse(path: "incidents/2026-11-28-upgrade.md", text: text)
        }
    }

    @Test(
        "reports a window that is missing, unreadable or backwards, at the line of the key",
        arguments: [
            (
                "title: Upgrade\nkind: maintenance",
                "incidents/2026-11-28-upgrade.md:3: a maintenance needs 'starts' and 'ends' (RFC 3339 times)"
            ),
            (
                "title: Upgrade\nkind: maintenance\nends: 2026-11-29T02:00:00Z",
                "incidents/2026-11-28-upgrade.md:3: a maintenance needs 'starts' and 'ends' (RFC 3339 times)"
            ),
            (
                "title: Upgrade\nkind: maintenance\nstarts: 2026-11-28T22:00:00Z",
                "incidents/2026-11-28-upgrade.md:4: a maintenance needs 'starts' and 'ends' (RFC 3339 times)"
            ),
            (
                "title: Upgrade\nkind: maintenance\nstarts: 2026-11-28T22:00:00Z\nends: 2026-11-28T21:00:00Z",
                "incidents/2026-11-28-upgrade.md:5: 'ends' must be after 'starts'"
            ),
            (
                "title: Upgrade\nkind: maintenance\nstarts: 2026-11-28T22:00:00Z\nends: 2026-11-28 22:00 Europe/London",
                "incidents/2026-11-28-upgrade.md:5: 'ends' must be after 'starts'"
            ),
            (
                "title: Upgrade\nkind: maintenance\nstarts: Saturday night\nends: 2026-11-29T02:00:00Z",
                "incidents/2026-11-28-upgrade.md:4: 'starts': 'Saturday night' is not a timestamp: use RFC 3339 such as 2026-11-24T10:52:00Z, or 2026-11-24 10:52 Europe/London"
            ),
            (
                "title: Upgrade\nkind: maintenance\nstarts: 2026-03-29 01:30 Europe/London\nends: 2026-03-29T05:00:00Z",
                "incidents/2026-11-28-upgrade.md:4: 'starts': '2026-03-29 01:30 Europe/London' does not exist in Europe/London (the clocks went forward): give the time with a UTC offset"
            ),
        ])
    func badWindow(frontMatter: String, expected: String) {
        #expect(errors(frontMatter) == [expected])
    }

    @Test("reports an incident status word in a maintenance")
    func incidentWordInMaintenance() {
        let found = errors(
            "title: Upgrade\nkind: maintenance\nstarts: 2026-11-28T22:00:00Z\nends: 2026-11-29T02:00:00Z",
            body: "## 2026-11-28T22:01:00Z in_progress\n\n## 2026-11-29T01:00:00Z resolved\n")
        #expect(
            found == [
                "incidents/2026-11-28-upgrade.md:9: unknown status 'resolved' for a maintenance: expected one of scheduled, in_progress, verifying, completed, cancelled, update"
            ])
    }

    @Test("reads maintenance status words even when the front matter has another problem")
    func kindSurvivesOtherProblems() {
        let found = errors(
            "title: Upgrade\nkind: maintenance\nimpact: minr\nstarts: 2026-11-28T22:00:00Z\nends: 2026-11-29T02:00:00Z")
        #expect(
            found == [
                "incidents/2026-11-28-upgrade.md:4: 'impact': unknown value 'minr': expected one of none, minor, major, critical (did you mean 'minor'?)"
            ])
    }
}
