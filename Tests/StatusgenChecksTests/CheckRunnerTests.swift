import Foundation
import StatusgenModel
import Testing

@testable import StatusgenChecks

@Suite("Running checks against local servers")
struct CheckRunnerTests {
    /// Runs `checks` and returns their outcomes by monitor name.
    static func run(_ checks: [CheckDefinition], concurrency: Int = 4) async throws -> [String: CheckOutcome] {
        var outcomes: [String: CheckOutcome] = [:]
        try await CheckRunner(concurrency: concurrency).run(checks) { result in
            #expect(outcomes[result.monitor] == nil)
            outcomes[result.monitor] = result.outcome
        }
        #expect(outcomes.count == checks.count)
        return outcomes
    }

    static func tcp(
        _ name: String, port: Int, banner: String? = nil, timeout: Double = 5, degradedAfterMs: Double? = nil
    )
        -> CheckDefinition
    {
        CheckDefinition(
            monitor: name, target: .tcp(host: "127.0.0.1", port: port, bannerPrefix: banner), timeout: timeout,
            degradedAfterMs: degradedAfterMs)
    }

    @Test("a TCP banner with the expected prefix is up, another prefix is down with its latency")
    func banners() async throws {
        let smtp = try await LocalListener(.greet("220 mx.example.com ESMTP ready\r\n"))
        defer { Task { try await smtp.stop() } }
        let outcomes = try await Self.run([
            Self.tcp("banner-ok", port: smtp.port, banner: "220"),
            Self.tcp("banner-wrong", port: smtp.port, banner: "220 mail.example.org"),
            Self.tcp("connect-only", port: smtp.port),
        ])
        #expect(outcomes["banner-ok"]?.status == .up)
        #expect(outcomes["banner-ok"]?.latencyMs != nil)
        #expect(outcomes["banner-ok"]?.detail == "")
        #expect(outcomes["banner-wrong"]?.status == .down)
        #expect(outcomes["banner-wrong"]?.latencyMs != nil)
        #expect(
            outcomes["banner-wrong"]?.detail
                == "the banner '220 mx.example.com ESMTP ready' does not start with '220 mail.example.org'")
        #expect(outcomes["connect-only"]?.status == .up)
    }

    @Test("a refused connection is down without a latency")
    func refused() async throws {
        let port = try await LocalListener.closedPort()
        let outcomes = try await Self.run([
            Self.tcp("refused", port: port),
            CheckDefinition(
                monitor: "refused-http",
                target: .http(url: "http://127.0.0.1:\(port)/", expectedStatus: 200, bodyContains: nil)),
        ])
        #expect(outcomes["refused"] == CheckOutcome(status: .down, latencyMs: nil, detail: "connection refused"))
        #expect(outcomes["refused-http"] == CheckOutcome(status: .down, latencyMs: nil, detail: "connection refused"))
    }

    @Test("a server that accepts but never answers is down at the check's own timeout, not the default one")
    func silentServer() async throws {
        let silent = try await LocalListener(.silent)
        defer { Task { try await silent.stop() } }
        let started = ContinuousClock.now
        let outcomes = try await Self.run([
            Self.tcp("silent-banner", port: silent.port, banner: "220", timeout: 0.5),
            CheckDefinition(
                monitor: "silent-http",
                target: .http(url: "http://127.0.0.1:\(silent.port)/", expectedStatus: 200, bodyContains: nil),
                timeout: 0.5),
        ])
        let elapsed = ContinuousClock.now - started
        let timedOut = CheckOutcome(status: .down, latencyMs: nil, detail: "no answer within 0.5 s")
        #expect(outcomes["silent-banner"] == timedOut)
        #expect(outcomes["silent-http"] == timedOut)
        // The detail above names the check's own 0.5 s (a check on the default timeout would say 10 s).
        // Wall time is bounded from below only: the whole suite shares the two threads of a 2-core machine's
        // task pool with tests that block them while a command runs, and this run has been seen to wait 60 s.
        #expect(elapsed >= .milliseconds(500))
    }

    @Test("an answer slower than degraded_after_ms is degraded")
    func degraded() async throws {
        let slow = try await LocalListener(.greet("220 slow\r\n", delayMs: 300))
        defer { Task { try await slow.stop() } }
        let outcomes = try await Self.run([
            Self.tcp("slow", port: slow.port, banner: "220", degradedAfterMs: 100),
            Self.tcp("patient", port: slow.port, banner: "220", degradedAfterMs: 5000),
        ])
        #expect(outcomes["slow"]?.status == .degraded)
        #expect((outcomes["slow"]?.latencyMs ?? 0) >= 300)
        #expect(outcomes["slow"]?.detail == "slower than 100 ms")
        #expect(outcomes["patient"]?.status == .up)
    }

    @Test("HTTP checks compare the status code and look for the body text")
    func http() async throws {
        let ok = try await LocalListener(
            .respond("HTTP/1.1 200 OK\r\nContent-Length: 19\r\nConnection: close\r\n\r\nWelcome. Sign in to"))
        let failing = try await LocalListener(
            .respond("HTTP/1.1 503 Service Unavailable\r\nContent-Length: 5\r\nConnection: close\r\n\r\nbusy!"))
        defer {
            Task {
                try await ok.stop()
                try await failing.stop()
            }
        }
        func check(_ name: String, _ port: Int, status: Int = 200, contains: String? = nil) -> CheckDefinition {
            CheckDefinition(
                monitor: name,
                target: .http(url: "http://127.0.0.1:\(port)/login", expectedStatus: status, bodyContains: contains))
        }
        let outcomes = try await Self.run([
            check("found", ok.port, contains: "Sign in"),
            check("missing", ok.port, contains: "Dashboard"),
            check("unavailable", failing.port),
            check("expects-503", failing.port, status: 503),
        ])
        #expect(outcomes["found"]?.status == .up)
        #expect(outcomes["missing"]?.status == .down)
        #expect(outcomes["missing"]?.detail == "the response does not contain 'Dashboard'")
        #expect(outcomes["missing"]?.latencyMs != nil)
        #expect(outcomes["unavailable"]?.status == .down)
        #expect(outcomes["unavailable"]?.detail == "HTTP 503, expected 200")
        #expect(outcomes["expects-503"]?.status == .up)
    }

    @Test("an HTTP check of a port that answers in another protocol says so in words")
    func notHTTP() async throws {
        // A TLS port or an SMTP server that waits for a command answers the request with bytes that are not HTTP.
        let other = try await LocalListener(.respond("500 5.5.2 Error: bad syntax\r\n"))
        defer { Task { try await other.stop() } }
        let outcomes = try await Self.run([
            CheckDefinition(
                monitor: "web",
                target: .http(url: "http://127.0.0.1:\(other.port)/", expectedStatus: 200, bodyContains: nil)
            )
        ])
        #expect(outcomes["web"]?.status == .down)
        #expect(
            outcomes["web"]?.detail == "the answer is not HTTP (the wrong port, or an https:// URL written as http://?)"
        )
    }

    @Test("an https:// check of a port that does not speak TLS says so in words, not in BoringSSL's")
    func notTLS() async throws {
        let plain = try await LocalListener(.respond("HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n"))
        defer { Task { try await plain.stop() } }
        let outcomes = try await Self.run([
            CheckDefinition(
                monitor: "web",
                target: .http(url: "https://127.0.0.1:\(plain.port)/", expectedStatus: 200, bodyContains: nil))
        ])
        #expect(outcomes["web"]?.status == .down)
        #expect(outcomes["web"]?.detail == "TLS handshake failed: wrong version number (not TLS on that port?)")
    }

    @Test("an HTTP check of a server that speaks first, such as SMTP, is down")
    func speaksFirst() async throws {
        // When the greeting comes before the request is sent, the HTTP client reports nothing until the
        // timeout: the check is down either way, in one of two sets of words.
        let smtp = try await LocalListener(.greet("220 mx.example.com ESMTP ready\r\n"))
        defer { Task { try await smtp.stop() } }
        let outcomes = try await Self.run([
            CheckDefinition(
                monitor: "web",
                target: .http(url: "http://127.0.0.1:\(smtp.port)/", expectedStatus: 200, bodyContains: nil),
                timeout: 2)
        ])
        #expect(outcomes["web"]?.status == .down)
        #expect(
            [
                "the answer is not HTTP (the wrong port, or an https:// URL written as http://?)",
                "no answer within 2 s",
            ].contains(outcomes["web"]?.detail))
    }

}
