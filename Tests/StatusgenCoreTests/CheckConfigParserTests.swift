import Foundation
import StatusgenModel
import Testing

@testable import StatusgenCore

@Suite("statusgen.yml checks")
struct CheckConfigParserTests {
    /// A config whose `checks:` block is `checks` (indented by two spaces per level, starting at line 6).
    static func config(_ checks: String) -> String {
        """
        title: Status
        base_url: https://status.example.com/
        timezone: UTC
        components: []
        checks:
        \(checks)
        """
    }

    @Test("reads HTTP and TCP checks in file order, with their defaults")
    func readsChecks() throws {
        let config = try ConfigParser().parse(
            Self.config(
                """
                  webmail:
                    http: https://mail.example.com/login?next=%2F
                    status: 302
                    body_contains: Sign in
                    timeout_seconds: 2.5
                    degraded_after_ms: 800
                  smtp-in-uk:
                    tcp: mx1.example.com:25
                    banner: "220"
                  api:
                    http: http://127.0.0.1:8080/health
                  imap_v6:
                    tcp: "[::1]:143"
                """))
        #expect(
            config.checks == [
                CheckDefinition(
                    monitor: "webmail",
                    target: .http(
                        url: "https://mail.example.com/login?next=%2F", expectedStatus: 302, bodyContains: "Sign in"),
                    timeout: 2.5, degradedAfterMs: 800, line: 6),
                CheckDefinition(
                    monitor: "smtp-in-uk", target: .tcp(host: "mx1.example.com", port: 25, bannerPrefix: "220"),
                    line: 12),
                CheckDefinition(
                    monitor: "api",
                    target: .http(url: "http://127.0.0.1:8080/health", expectedStatus: 200, bodyContains: nil),
                    line: 15),
                CheckDefinition(monitor: "imap_v6", target: .tcp(host: "::1", port: 143, bannerPrefix: nil), line: 17),
            ])
    }

    @Test("a config without checks has none")
    func noChecks() throws {
        let config = try ConfigParser().parse(ConfigParserTests.complete)
        #expect(config.checks.isEmpty)
    }

    @Test(
        "reports each wrong check at its line",
        arguments: [
            (
                "  web:\n    htp: https://x.example/",
                [
                    "statusgen.yml:6: check 'web' needs 'http' (a URL) or 'tcp' (host:port)",
                    "statusgen.yml:7: unknown key 'htp' in checks.web (did you mean 'http'?)",
                ]
            ),
            (
                "  web:\n    http: ftp://x.example/",
                [
                    "statusgen.yml:7: 'http' must be an absolute http:// or https:// URL, not 'ftp://x.example/'"
                ]
            ),
            (
                "  web:\n    http: https://x.example/\n    tcp: x.example:443",
                [
                    "statusgen.yml:6: check 'web' has both 'http' and 'tcp': use one"
                ]
            ),
            (
                "  smtp:\n    tcp: mx.example.com",
                [
                    "statusgen.yml:7: 'tcp' must be host:port with a port from 1 to 65535, not 'mx.example.com'"
                ]
            ),
            (
                "  smtp:\n    tcp: mx.example.com:70000",
                [
                    "statusgen.yml:7: 'tcp' must be host:port with a port from 1 to 65535, not 'mx.example.com:70000'"
                ]
            ),
            (
                "  smtp:\n    tcp: mx.example.com:25\n    status: 200",
                ["statusgen.yml:8: 'status' is for 'http' checks"]
            ),
            (
                "  web:\n    http: https://x.example/\n    banner: \"220\"",
                ["statusgen.yml:8: 'banner' is for 'tcp' checks"]
            ),
            (
                "  web:\n    http: https://x.example/\n    status: 42",
                [
                    "statusgen.yml:8: 'status' must be an HTTP status code from 100 to 599"
                ]
            ),
            (
                "  web:\n    http: https://x.example/\n    status: ok",
                ["statusgen.yml:8: 'checks.web.status' must be a whole number"]
            ),
            (
                "  web:\n    http: https://x.example/\n    timeout_seconds: 0",
                [
                    "statusgen.yml:8: 'timeout_seconds' must be above 0 and at most 300"
                ]
            ),
            (
                "  web:\n    http: https://x.example/\n    degraded_after_ms: -5",
                [
                    "statusgen.yml:8: 'degraded_after_ms' must be above 0"
                ]
            ),
            (
                "  \"web, eu\":\n    http: https://x.example/",
                [
                    "statusgen.yml:6: check name 'web, eu' must use only letters, digits, '.', '_' and '-'"
                ]
            ),
            ("  web:", ["statusgen.yml:6: 'checks.web' must be a mapping of keys to values"]),
        ])
    func errors(checks: String, expected: [String]) {
        let text = Self.config(checks)
        #expect(diagnostics { () throws(DiagnosticList) in try ConfigParser().parse(text) } == expected)
    }
}
