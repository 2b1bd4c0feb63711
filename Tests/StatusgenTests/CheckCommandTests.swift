import Foundation
import Testing

@Suite("statusgen check, run as a command")
struct CheckCommandTests {
    /// The scratch site's config with `checks` appended, and no results file yet.
    static func configure(_ scratch: ScratchSite, checks: String) throws {
        try FileManager.default.removeItem(at: scratch.root.appendingPathComponent("monitors/checks.csv"))
        let config = try String(contentsOf: scratch.root.appendingPathComponent("statusgen.yml"), encoding: .utf8)
        try scratch.write(config + "\n" + checks, to: "statusgen.yml")
    }

    static func lineCount(_ scratch: ScratchSite) throws -> Int {
        try String(contentsOf: scratch.root.appendingPathComponent("statusgen.yml"), encoding: .utf8)
            .split(separator: "\n", omittingEmptySubsequences: false).count
    }

    @Test("A wrong check stops with statusgen.yml:line: message and writes no results")
    func configError() throws {
        let scratch = try ScratchSite()
        // After the config: a blank line, then `checks:`, `web:`, `http:` and `status:`.
        let line = try Self.lineCount(scratch) + 4
        try Self.configure(scratch, checks: "checks:\n  web:\n    http: https://example.com/\n    status: 2000\n")
        let result = try StatusgenProcess.run(["check", "--source", scratch.root.path])
        #expect(result.status == 1)
        #expect(result.stdout == "")
        #expect(result.stderr == "statusgen.yml:\(line): 'status' must be an HTTP status code from 100 to 599\n")
        #expect(
            !FileManager.default.fileExists(atPath: scratch.root.appendingPathComponent("monitors/checks.csv").path))
    }

    @Test("An existing results file with other columns is not appended to")
    func foreignHeader() throws {
        let scratch = try ScratchSite()
        try Self.configure(scratch, checks: "checks:\n  web-east:\n    tcp: 127.0.0.1:9\n")
        let foreign = "monitor,timestamp,status\nweb,2026-11-24T10:44:00Z,up\n"
        try scratch.write(foreign, to: "monitors/checks.csv")
        let result = try StatusgenProcess.run(["check", "--source", scratch.root.path])
        #expect(result.status == 1)
        #expect(
            result.stderr
                == "monitors/checks.csv:1: the header is 'monitor,timestamp,status', not "
                + "'timestamp,monitor,status,latency_ms': statusgen only appends to files in that format;"
                + " write a new file instead\n")
        let after = try String(contentsOf: scratch.root.appendingPathComponent("monitors/checks.csv"), encoding: .utf8)
        #expect(after == foreign)
    }

    @Test("A check whose results no component shows is warned about where it runs, and still recorded")
    func shownNowhere() throws {
        let scratch = try ScratchSite()
        try Self.configure(scratch, checks: "checks:\n  web-est:\n    tcp: 127.0.0.1:9\n")
        let result = try StatusgenProcess.run(["check", "--source", scratch.root.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            result.stderr.contains(
                "warning: check 'web-est' records results that no component shows: add 'web-est' to a component's"
                    + " monitors (did you mean 'web-east'?)"), "\(result.stderr)")
        #expect(result.stdout.hasPrefix("web-est down"))
    }

    @Test("A site without checks is told so")
    func noChecks() throws {
        let scratch = try ScratchSite()
        let result = try StatusgenProcess.run(["check", "--source", scratch.root.path])
        #expect(result.status == 1)
        #expect(result.stderr == "error: statusgen.yml: no checks are declared under 'checks:'\n")
    }

    @Test("Two check runs appending to one file at the same time leave only whole lines and one header")
    func concurrentAppends() throws {
        let scratch = try ScratchSite()
        // Names of many lengths, so that any interleaving of two rows would show as a line that matches none.
        let names = (1...300).map { "c\(String(repeating: "x", count: $0 % 37))-\($0)" }
        // Nothing listens on the discard port here, so every check ends at once, refused.
        let checks = names.map { "  \($0):\n    tcp: 127.0.0.1:9\n" }.joined()
        try Self.configure(scratch, checks: "checks:\n" + checks)
        let arguments = ["check", "--source", scratch.root.path, "--concurrency", "16"]
        let first = try StatusgenProcess.start(arguments)
        let second = try StatusgenProcess.start(arguments)
        let results = [first.wait(), second.wait()]
        for result in results {
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout.split(separator: "\n").count == names.count)
        }

        let text = try String(
            contentsOf: scratch.root.appendingPathComponent("monitors/checks.csv"), encoding: .utf8)
        #expect(text.hasPrefix("timestamp,monitor,status,latency_ms\n"))
        #expect(text.hasSuffix("\n"))
        let rows = text.split(separator: "\n", omittingEmptySubsequences: false).dropFirst().dropLast()
        #expect(rows.count == 2 * names.count)
        let pattern = /\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ,(c[x]*-\d+),(up|down),\d*/
        var seen: [String: Int] = [:]
        for row in rows {
            guard let match = try pattern.wholeMatch(in: String(row)) else {
                Issue.record("not a whole row: \(row)")
                continue
            }
            seen[String(match.1), default: 0] += 1
        }
        #expect(seen == Dictionary(uniqueKeysWithValues: names.map { ($0, 2) }))
    }
}
