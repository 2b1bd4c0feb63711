import Foundation
import StatusgenModel
import Testing

@testable import StatusgenCore

@Suite("Whole sites")
struct SiteParserTests {
    static let config = inputFile(
        "statusgen.yml",
        """
        title: Example Mail Cloud Status
        base_url: https://status.example.com/
        timezone: Europe/London
        components:
          - id: mail-inbound
            name: Inbound mail
            monitors: [smtp-in-uk]
          - id: admin-console
            name: Admin console
        """)

    static let incident = inputFile(
        "incidents/2026-11-24-mail.md",
        """
        ---
        title: Mail flow stopped
        impact: critical
        components:
          mail-inbound: major_outage
        ---
        ## 2026-11-24T10:52:00Z investigating
        Looking.
        """)

    @Test("parses the config, every incident sorted by id, and the checks of every monitor file")
    func parsesEverything() throws {
        let result = SiteParser().parse([
            inputFile(
                "monitors/b.jsonl",
                "{\"timestamp\": \"2026-11-24T10:46:00Z\", \"monitor\": \"smtp-in-uk\", \"status\": \"up\"}\n"),
            inputFile(
                "incidents/2026-11-20-console.md",
                "---\ntitle: Console slow\nimpact: minor\ncomponents:\n  admin-console: degraded_performance\n---\n## 2026-11-20T09:00:00Z resolved\n"
            ),
            Self.incident,
            inputFile("monitors/a.csv", "timestamp,monitor,status\n2026-11-24T10:45:00Z,smtp-in-uk,down\n"),
            Self.config,
            inputFile("templates/index.mustache", "{{title}}"),
            inputFile("README.md", "# Status"),
        ])
        #expect(result.diagnostics.isEmpty)
        let site = try #require(result.site)
        #expect(site.config.title == "Example Mail Cloud Status")
        #expect(site.incidents.map(\.id) == ["2026-11-20-console", "2026-11-24-mail"])
        #expect(site.monitors.keys.sorted() == ["smtp-in-uk"])
        #expect(site.monitors["smtp-in-uk"]?.expandedChecks.map(\.status) == [.down, .up])
    }

    @Test("sorts each monitor's checks by time across files and keeps the worst of checks at one instant")
    func sortsAndDeduplicates() throws {
        let result = SiteParser().parse([
            Self.config,
            inputFile(
                "monitors/a.csv",
                """
                timestamp,monitor,status,latency_ms
                2026-11-24T10:47:00Z,smtp-in-uk,up,40
                2026-11-24T10:45:00Z,smtp-in-uk,down,
                2026-11-24T10:46:00Z,smtp-in-de,up,50
                2026-11-24T10:45:00Z,smtp-in-uk,degraded,900

                """),
            inputFile(
                "monitors/b.csv",
                "timestamp,monitor,status,latency_ms\n2026-11-24T10:44:00Z,smtp-in-uk,up,41\n2026-11-24T10:47:00Z,smtp-in-uk,up,42\n"
            ),
        ])
        let site = try #require(result.site)
        let checks = try #require(site.monitors["smtp-in-uk"]).expandedChecks
        #expect(
            checks.map(\.time) == [
                utc("2026-11-24T10:44:00Z"), utc("2026-11-24T10:45:00Z"), utc("2026-11-24T10:47:00Z"),
            ])
        // Of a down and a degraded row at 10:45, the down one stands; both count as rows of the day.
        #expect(checks.map(\.status) == [.up, .down, .up])
        let day = try #require(site.monitors["smtp-in-uk"]?.days.first)
        #expect([day.up, day.degraded, day.down] as [Int] == [3, 1, 1])
        #expect(site.monitors["smtp-in-uk"]?.latestLatencyMs == 42)
        #expect(site.monitors["smtp-in-de"]?.expandedChecks.count == 1)
    }

    @Test("collects the errors of every file, sorted by path and line")
    func collectsErrors() {
        let result = SiteParser().parse([
            inputFile("monitors/smtp.csv", "timestamp,monitor,status\n2026-11-24T10:44:00Z,smtp-in-uk,dwn\n"),
            inputFile(
                "incidents/2026-11-24-mail.md",
                "---\ntitle: Mail\nimpact: critical\ncomponents:\n  mail-inbond: major_outage\n---\n## 2026-11-24T10:52:00Z investigating\n"
            ),
            inputFile(
                "incidents/2026-11-20-console.md",
                "---\ntitle: Console\nimpact: huge\n---\n## 2026-11-20T09:00:00Z resolved\n"),
            inputFile("incidents/2026-11-21-api.md", "---\ntitle: API\nimpact: minor\n---\n## Tuesday\n"),
            Self.config,
        ])
        #expect(result.site == nil)
        #expect(
            result.diagnostics.map(\.description) == [
                "incidents/2026-11-20-console.md:3: 'impact': unknown value 'huge': expected one of none, minor, major, critical",
                "incidents/2026-11-21-api.md:5: '## Tuesday' is not an update heading: write '## 2026-11-24T10:52:00Z investigating' (use ### for other headings inside an update)",
                "incidents/2026-11-24-mail.md:5: unknown component 'mail-inbond' (did you mean 'mail-inbound'?)",
                "monitors/smtp.csv:2: unknown value 'dwn': expected one of up, degraded, down (did you mean 'down'?)",
            ])
    }

    @Test("reports a missing config")
    func missingConfig() {
        let result = SiteParser().parse([Self.incident])
        #expect(result.site == nil)
        #expect(result.diagnostics.map(\.description) == ["statusgen.yml: no site configuration: create statusgen.yml"])
    }

    @Test("reports a broken config without blaming incidents for the component ids it could not read")
    func brokenConfig() {
        let result = SiteParser().parse([
            inputFile(
                "statusgen.yml",
                "title: Status\nbase_url: https://status.example.com/\ntimezone: Nowhere/Special\ncomponents: []\n"),
            Self.incident,
            inputFile(
                "incidents/2026-11-25-bad.md",
                "---\ntitle: Bad\nimpact: major\n---\n## 2026-11-25T10:00:00Z investigatin\n"),
        ])
        #expect(result.site == nil)
        #expect(
            result.diagnostics.map(\.description) == [
                "incidents/2026-11-25-bad.md:5: unknown status 'investigatin' for an incident: expected one of investigating, identified, monitoring, resolved, update (did you mean 'investigating'?)",
                "statusgen.yml:3: unknown time zone 'Nowhere/Special': use an IANA name such as Europe/London, or UTC",
            ])
    }

    @Test("keeps warnings and still returns the site")
    func warnings() throws {
        let result = SiteParser().parse([
            Self.config,
            Self.incident,
            inputFile("incidents/notes.txt", "remember the postmortem"),
            inputFile(
                "monitors/smtp.csv", "timestamp,monitor,status\n2026-11-24T10:44:00Z,smtp-in-uk,up\n2026-11-24T10:45"),
        ])
        #expect(
            result.diagnostics.map(\.description) == [
                "incidents/notes.txt: warning: ignored: incident files end in .md",
                "monitors/smtp.csv:3: warning: skipped an incomplete last line (expected 3 fields, found 1)",
            ])
        let site = try #require(result.site)
        #expect(site.incidents.map(\.id) == ["2026-11-24-mail"])
        #expect(site.monitors["smtp-in-uk"]?.expandedChecks.count == 1)
    }

    @Test("reports a file that is not UTF-8")
    func notUTF8() {
        let result = SiteParser().parse([
            Self.config,
            InputFile(
                path: "incidents/2026-11-24-latin1.md", contents: Data([0x2D, 0x2D, 0x2D, 0x0A, 0xE9, 0xFF, 0x0A])),
        ])
        #expect(result.site == nil)
        #expect(
            result.diagnostics.map(\.description) == [
                "incidents/2026-11-24-latin1.md:2: the file is not UTF-8 text (byte 0xE9 at column 1)"
            ])
    }

    @Test(
        "reports the line, column and value of the first byte that is not UTF-8",
        arguments: [
            (
                Data("title: T\ndescription: Café ".utf8) + Data([0xE9]),
                "2: the file is not UTF-8 text (byte 0xE9 at column 19)"
            ),
            (Data([0x80]), "1: the file is not UTF-8 text (byte 0x80 at column 1)"),
            (
                Data("a: ".utf8) + Data([0xF0, 0x9F, 0x98, 0x0A]),
                "1: the file is not UTF-8 text (byte 0xF0 at column 4)"
            ),
        ])
    func notUTF8Place(bytes: Data, expected: String) {
        #expect(Diagnostic.notUTF8(bytes, path: "statusgen.yml").description == "statusgen.yml:" + expected)
    }
}

@Suite("Monitors without results")
struct MonitorsWithoutResultsTests {
    @Test("warns about a configured monitor that has no results, suggesting a close name")
    func warnsAboutTypo() {
        let result = SiteParser().parse([
            SiteParserTests.config,
            inputFile("monitors/smtp.csv", "timestamp,monitor,status\n2026-11-24T10:44:00Z,smtp-in-uk2,up\n"),
        ])
        #expect(result.site != nil)
        #expect(
            result.diagnostics.map(\.description) == [
                "statusgen.yml:7: warning: component 'mail-inbound' lists monitor 'smtp-in-uk', which has no results"
                    + " in monitors/ (did you mean 'smtp-in-uk2'?)"
            ])
    }

    @Test("warns about a check whose monitor no component shows, at the check's line")
    func warnsAboutCheckShownNowhere() {
        let config = inputFile(
            "statusgen.yml",
            """
            title: Example Mail Cloud Status
            base_url: https://status.example.com/
            timezone: Europe/London
            components:
              - id: mail-inbound
                name: Inbound mail
                monitors: [smtp-in-uk]
            checks:
              smtp-in-uk:
                tcp: mx1.example.com:25
              smtp-in-uk2:
                tcp: mx2.example.com:25
            """)
        let result = SiteParser().parse([config])
        #expect(result.site != nil)
        #expect(
            result.diagnostics.map(\.description) == [
                "statusgen.yml:11: warning: check 'smtp-in-uk2' records results that no component shows: add"
                    + " 'smtp-in-uk2' to a component's monitors (did you mean 'smtp-in-uk'?)"
            ])
    }

    @Test("says nothing while no monitor has reported at all, as on a new site")
    func quietOnNewSite() {
        let result = SiteParser().parse([SiteParserTests.config])
        #expect(result.diagnostics.isEmpty)
    }
}
