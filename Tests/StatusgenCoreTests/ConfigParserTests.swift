import Foundation
import StatusgenModel
import Testing

@testable import StatusgenCore

@Suite("statusgen.yml")
struct ConfigParserTests {
    static let complete = """
        title: Example Mail Cloud Status
        base_url: https://status.example.com
        description: Live and past status of Example Mail Cloud.
        timezone: Europe/London
        history_days: 30
        monitoring:
          gap_limit_minutes: 5
          stale_after_minutes: 20
          outage_min_checks: 3
        components:
          - id: mail-inbound
            name: Inbound mail (SMTP)
            group: Email
            description: Mail delivered to your users.
            monitors: [smtp-in-uk, smtp-in-de]
            sla: 99.95
          - id: admin-console
            name: Admin console
        """

    @Test("reads every setting and every component field")
    func readsEverything() throws {
        let config = try ConfigParser().parse(Self.complete)
        #expect(config.title == "Example Mail Cloud Status")
        #expect(config.baseURL == "https://status.example.com/")
        #expect(config.description == "Live and past status of Example Mail Cloud.")
        #expect(config.timeZone.identifier == "Europe/London")
        #expect(config.historyDays == 30)
        #expect(config.monitoring == MonitoringSettings(gapLimit: 300, staleAfter: 1200, outageMinimumChecks: 3))
        #expect(
            config.components == [
                Component(
                    id: "mail-inbound", name: "Inbound mail (SMTP)", group: "Email",
                    description: "Mail delivered to your users.", monitors: ["smtp-in-uk", "smtp-in-de"], sla: 99.95,
                    line: 15),
                // Without monitors: the line of the component itself.
                Component(id: "admin-console", name: "Admin console", line: 17),
            ])
        #expect(config.components.first { $0.id == "admin-console" }?.name == "Admin console")
    }

    @Test("fills in the defaults of optional settings")
    func defaults() throws {
        let config = try ConfigParser().parse(
            """
            title: Status
            base_url: https://status.example.com/
            timezone: UTC
            components: []
            """)
        #expect(config.baseURL == "https://status.example.com/")
        #expect(config.description == "")
        #expect(config.historyDays == 90)
        #expect(config.monitoring == MonitoringSettings(gapLimit: 600, staleAfter: 900, outageMinimumChecks: 2))
        #expect(config.components.isEmpty)
    }

    @Test(
        "reports a bad value at its line",
        arguments: [
            ("title: Example Mail Cloud Status", "title: '  '", "statusgen.yml:1: 'title' must not be empty"),
            (
                "base_url: https://status.example.com", "base_url: status.example.com",
                "statusgen.yml:2: 'base_url' must be an absolute http(s) URL such as https://status.example.com/, not 'status.example.com'"
            ),
            (
                "base_url: https://status.example.com", "base_url: ftp://status.example.com/",
                "statusgen.yml:2: 'base_url' must be an absolute http(s) URL such as https://status.example.com/, not 'ftp://status.example.com/'"
            ),
            (
                "timezone: Europe/London", "timezone: Europe/Londn",
                "statusgen.yml:4: unknown time zone 'Europe/Londn': use an IANA name such as Europe/London, or UTC"
            ),
            ("history_days: 30", "history_days: 0", "statusgen.yml:5: 'history_days' must be between 1 and 3660"),
            ("history_days: 30", "history_days: 3661", "statusgen.yml:5: 'history_days' must be between 1 and 3660"),
            ("history_days: 30", "history_days: thirty", "statusgen.yml:5: 'history_days' must be a whole number"),
            (
                "history_days: 30", "history_days: [30]",
                "statusgen.yml:5: 'history_days' must be a single value, not a list or mapping"
            ),
            ("gap_limit_minutes: 5", "gap_limit_minutes: 0", "statusgen.yml:7: 'gap_limit_minutes' must be positive"),
            (
                "gap_limit_minutes: 5", "gap_limit_minutes: 1e300",
                "statusgen.yml:7: 'gap_limit_minutes' must be at most 525600 (a year)"
            ),
            (
                "gap_limit_minutes: 5", "gap_limit_minutes: .inf",
                "statusgen.yml:7: 'gap_limit_minutes' must be at most 525600 (a year)"
            ),
            (
                "stale_after_minutes: 20", "stale_after_minutes: -1",
                "statusgen.yml:8: 'stale_after_minutes' must be positive"
            ),
            ("outage_min_checks: 3", "outage_min_checks: 0", "statusgen.yml:9: 'outage_min_checks' must be at least 1"),
            (
                "- id: mail-inbound", "- id: Mail_Inbound",
                "statusgen.yml:11: component id 'Mail_Inbound' must use only a-z, 0-9 and '-'"
            ),
            ("- id: admin-console", "- id: mail-inbound", "statusgen.yml:17: duplicate component id 'mail-inbound'"),
            ("name: Admin console", "name: ''", "statusgen.yml:18: component 'admin-console' needs a name"),
            ("sla: 99.95", "sla: 100.5", "statusgen.yml:16: 'sla' must be a percentage above 0 and at most 100"),
            ("sla: 99.95", "sla: 0", "statusgen.yml:16: 'sla' must be a percentage above 0 and at most 100"),
            ("sla: 99.95", "sla: high", "statusgen.yml:16: 'components[1].sla' must be a number"),
            (
                "monitors: [smtp-in-uk, smtp-in-de]", "monitors: smtp-in-uk",
                "statusgen.yml:15: 'components[1].monitors' must be a list"
            ),
            (
                "description: Live", "descripton: Live",
                "statusgen.yml:3: unknown key 'descripton' (did you mean 'description'?)"
            ),
            (
                "outage_min_checks: 3", "outage_checks: 3",
                "statusgen.yml:9: unknown key 'outage_checks' in monitoring (did you mean 'outage_min_checks'?)"
            ),
            (
                "group: Email", "grop: Email",
                "statusgen.yml:13: unknown key 'grop' in components[1] (did you mean 'group'?)"
            ),
            ("group: Email", "colour: blue", "statusgen.yml:13: unknown key 'colour' in components[1]"),
        ])
    func badValue(original: String, replacement: String, expected: String) {
        let text = Self.complete.replacingOccurrences(of: original, with: replacement)
        #expect(text != Self.complete)
        #expect(diagnostics { () throws(DiagnosticList) in try ConfigParser().parse(text) } == [expected])
    }

    @Test("reports a misspelt required key as unknown, with the key it was meant to be")
    func misspeltRequiredKey() {
        let text = Self.complete.replacingOccurrences(of: "title: Example", with: "titel: Example")
        #expect(
            diagnostics { () throws(DiagnosticList) in try ConfigParser().parse(text) } == [
                "statusgen.yml:1: unknown key 'titel' (did you mean 'title'?)"
            ])
    }

    @Test("reports a misspelt required key of a component as unknown, with the key it was meant to be")
    func misspeltComponentKey() {
        let text = Self.complete.replacingOccurrences(of: "name: Admin console", with: "nmae: Admin console")
        #expect(
            diagnostics { () throws(DiagnosticList) in try ConfigParser().parse(text) } == [
                "statusgen.yml:18: unknown key 'nmae' in components[2] (did you mean 'name'?)"
            ])
    }

    @Test("reports a key missing from one component even when another misspells it")
    func misspeltInAnotherComponent() {
        let text = Self.complete
            .replacingOccurrences(of: "name: Inbound mail (SMTP)", with: "nmae: Inbound mail (SMTP)")
            .replacingOccurrences(of: "\n    name: Admin console", with: "")
        #expect(
            diagnostics { () throws(DiagnosticList) in try ConfigParser().parse(text) } == [
                "statusgen.yml:12: unknown key 'nmae' in components[1] (did you mean 'name'?)",
                "statusgen.yml:17: missing key 'name'",
            ])
    }

    @Test(
        "reports a file that is empty or not a mapping at line 1",
        arguments: [
            ("", "statusgen.yml:1: missing key 'title'"),
            ("# nothing yet\n", "statusgen.yml:1: missing key 'title'"),
            ("- title: Status\n", "statusgen.yml:1: the YAML document must be a mapping of keys to values"),
        ])
    func notAMapping(text: String, expected: String) {
        #expect(diagnostics { () throws(DiagnosticList) in try ConfigParser().parse(text) } == [expected])
    }

    @Test("reports a missing required key")
    func missingKey() {
        let text = Self.complete.replacingOccurrences(of: "    name: Admin console\n", with: "")
            .replacingOccurrences(of: "    name: Admin console", with: "")
        #expect(
            diagnostics { () throws(DiagnosticList) in try ConfigParser().parse(text) } == [
                "statusgen.yml:17: missing key 'name'"
            ])
    }

    @Test("reports every problem in the file at once, in line order")
    func everyProblem() {
        let text = """
            title: Status
            base_url: nowhere
            timezone: Mars/Olympus
            history_days: 0
            components:
              - id: api
                name: API
              - id: api
                name: API again
                sla: 120
            """
        #expect(
            diagnostics { () throws(DiagnosticList) in try ConfigParser().parse(text) } == [
                "statusgen.yml:2: 'base_url' must be an absolute http(s) URL such as https://status.example.com/, not 'nowhere'",
                "statusgen.yml:3: unknown time zone 'Mars/Olympus': use an IANA name such as Europe/London, or UTC",
                "statusgen.yml:4: 'history_days' must be between 1 and 3660",
                "statusgen.yml:8: duplicate component id 'api'",
                "statusgen.yml:10: 'sla' must be a percentage above 0 and at most 100",
            ])
    }

    @Test("reports a problem in each component, even when one of them cannot be decoded")
    func everyComponent() {
        let text = """
            title: Status
            base_url: https://status.example.com/
            timezone: UTC
            components:
              - id: api
                name: API
                group: [a, b]
              - id: Bad_ID
                name: Web
              - id: db
                name: " "
                sla: 100.5
            """
        #expect(
            diagnostics { () throws(DiagnosticList) in try ConfigParser().parse(text) } == [
                "statusgen.yml:7: 'components[1].group' must be a single value, not a list or mapping",
                "statusgen.yml:8: component id 'Bad_ID' must use only a-z, 0-9 and '-'",
                "statusgen.yml:11: component 'db' needs a name",
                "statusgen.yml:12: 'sla' must be a percentage above 0 and at most 100",
            ])
    }

    @Test("reports YAML syntax errors at their line")
    func syntaxError() {
        let text = """
            title: Status
            base_url: https://status.example.com/
            timezone: UTC
            components:
              - id: api
               name: API
            """
        let found = diagnostics { () throws(DiagnosticList) in try ConfigParser().parse(text) }
        #expect(found.count == 1)
        #expect(found.first?.hasPrefix("statusgen.yml:6: invalid YAML: ") == true)
    }

    @Test("reports a key written twice")
    func duplicateKey() {
        let text = Self.complete.replacingOccurrences(of: "history_days: 30", with: "history_days: 30\ntitle: Again")
        let found = diagnostics { () throws(DiagnosticList) in try ConfigParser().parse(text) }
        let line = text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex(of: "title: Again")! + 1
        // At the key written again, the mistake to mend, naming the first.
        #expect(found == ["statusgen.yml:\(line): duplicate key 'title': it is set at line 1 already"])
    }

    @Test("finds a key written twice in a list item, not the same key in the next item or a parent")
    func duplicateKeyInList() {
        let text = """
            components:
              - id: api
                name: API
                # a comment between
                name: REST API
              - id: web
                name: Web
            name: top
            """
        #expect(YAMLReader.line(repeating: "name", after: 3, in: text) == 5)
        #expect(YAMLReader.line(repeating: "id", after: 2, in: text) == nil)
        #expect(YAMLReader.line(repeating: "name", after: 7, in: text) == nil)
        #expect(YAMLReader.line(repeating: "components", after: 1, in: text) == nil)
    }
}
