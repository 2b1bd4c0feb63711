import Foundation
import StatusgenModel
import Testing

@testable import StatusgenCore

@Suite("Monitor results")
struct MonitorResultsParserTests {
    func parse(_ path: String, _ text: String) -> (checks: [MonitorCheck], diagnostics: [Diagnostic]) {
        parseRows(path, Array(text.utf8))
    }

    func parse(_ path: String, bytes: [UInt8]) -> (checks: [MonitorCheck], diagnostics: [Diagnostic]) {
        parseRows(path, bytes)
    }

    static let expected = [
        MonitorCheck(time: utc("2026-11-24T10:44:00Z"), monitor: "smtp-in-uk", status: .up, latencyMs: 41),
        MonitorCheck(time: utc("2026-11-24T10:45:00Z"), monitor: "smtp-in-uk", status: .down, latencyMs: nil),
        MonitorCheck(time: utc("2026-11-24T10:46:00Z"), monitor: "smtp-in-de", status: .degraded, latencyMs: 950.5),
    ]

    @Test("reads CSV with the four columns of the format")
    func csv() {
        let result = parse(
            "monitors/smtp.csv",
            """
            timestamp,monitor,status,latency_ms
            2026-11-24T10:44:00Z,smtp-in-uk,up,41
            2026-11-24T10:45:00Z,smtp-in-uk,down,
            2026-11-24T10:46:00Z,smtp-in-de,degraded,950.5

            """)
        #expect(result.checks == Self.expected)
        #expect(result.diagnostics.isEmpty)
    }

    @Test("matches CSV columns by header name, in any order and case, ignoring extra columns")
    func columnsByName() {
        let result = parse(
            "monitors/smtp.csv",
            """
            region,Status,latency_ms,Monitor,TIMESTAMP,note
            uk,up,41,smtp-in-uk,2026-11-24T10:44:00Z,
            uk,down,,smtp-in-uk,2026-11-24T10:45:00Z,timeout
            de,degraded,950.5,smtp-in-de,2026-11-24T10:46:00Z,slow
            """)
        #expect(result.checks == Self.expected)
        #expect(result.diagnostics.isEmpty)
    }

    @Test("trims spaces around CSV values")
    func trimsSpaces() {
        let result = parse(
            "monitors/smtp.csv", "timestamp, monitor, status, latency_ms\n2026-11-24T10:44:00Z, smtp-in-uk , up , 41\n")
        #expect(result.diagnostics.isEmpty)
        #expect(result.checks == [Self.expected[0]])
    }

    @Test("reads CSV without a latency column")
    func noLatencyColumn() {
        let result = parse("monitors/smtp.csv", "timestamp,monitor,status\n2026-11-24T10:44:00Z,smtp-in-uk,up\n")
        #expect(result.checks == [MonitorCheck(time: utc("2026-11-24T10:44:00Z"), monitor: "smtp-in-uk", status: .up)])
        #expect(result.diagnostics.isEmpty)
    }

    @Test("reads CSV with Windows line endings, a byte order mark and blank lines")
    func crlfAndBOM() {
        let text =
            "timestamp,monitor,status,latency_ms\r\n2026-11-24T10:44:00Z,smtp-in-uk,up,41\r\n\r\n"
            + "2026-11-24T10:45:00Z,smtp-in-uk,down,\r\n2026-11-24T10:46:00Z,smtp-in-de,degraded,950.5\r\n"
        let result = parse("monitors/smtp.csv", bytes: [0xEF, 0xBB, 0xBF] + Array(text.utf8))
        #expect(result.checks == Self.expected)
        #expect(result.diagnostics.isEmpty)
    }

    @Test("reads quoted CSV fields, with commas and doubled quotes inside")
    func quoted() {
        let result = parse(
            "monitors/smtp.csv",
            """
            "timestamp","monitor","status","latency_ms","note"
            "2026-11-24T10:44:00Z","smtp-in-uk","up","41","said ""hello"", then quit"
            2026-11-24T10:45:00Z,smtp-in-uk,down,"","no, answer"
            2026-11-24T10:46:00Z,"smtp-in-de",degraded,950.5,

            """)
        #expect(result.checks == Self.expected)
        #expect(result.diagnostics.isEmpty)
    }

    @Test("reads JSON Lines with the same fields, extra keys, and null or missing latency")
    func jsonLines() {
        let result = parse(
            "monitors/smtp.jsonl",
            """
            {"timestamp": "2026-11-24T10:44:00Z", "monitor": "smtp-in-uk", "status": "up", "latency_ms": 41, "region": "uk"}
            {"timestamp": "2026-11-24T10:45:00Z", "monitor": "smtp-in-uk", "status": "down", "latency_ms": null}

            {"status": "degraded", "monitor": "smtp-in-de", "timestamp": "2026-11-24T10:46:00Z", "latency_ms": 950.5}
            {"timestamp": "2026-11-24T10:47:00+01:00", "monitor": "smtp-in-de", "status": "up"}

            """)
        #expect(
            result.checks
                == Self.expected + [MonitorCheck(time: utc("2026-11-24T09:47:00Z"), monitor: "smtp-in-de", status: .up)]
        )
        #expect(result.diagnostics.isEmpty)
    }

    @Test(
        "reports a line longer than the limit without holding it, whatever the chunks",
        arguments: [1 << 16, 4 << 20])
    func overlongLine(chunkSize: Int) {
        let header = Array("timestamp,monitor,status,latency_ms\n".utf8)
        let long = [UInt8](repeating: UInt8(ascii: "x"), count: MonitorStreamParser<CollectedRows>.lineLimit + 10)
        let row = Array("2026-11-24T10:44:00Z,smtp-in-uk,up,41\n".utf8)
        let terminated = parseRows("monitors/smtp.csv", header + long + [10] + row, chunkSize: chunkSize)
        #expect(terminated.checks == [Self.expected[0]])
        #expect(
            terminated.diagnostics.map(\.description) == [
                "monitors/smtp.csv:2: the line is longer than 1048576 bytes: not a monitor row"
            ])
        let torn = parseRows("monitors/smtp.csv", header + row + long, chunkSize: chunkSize)
        #expect(torn.checks == [Self.expected[0]])
        #expect(
            torn.diagnostics.map(\.description) == [
                "monitors/smtp.csv:3: warning: skipped an incomplete last line (the line is longer than 1048576"
                    + " bytes: not a monitor row)"
            ])
        let noHeader = parseRows("monitors/smtp.csv", long + [10] + header + row, chunkSize: chunkSize)
        #expect(noHeader.checks.isEmpty)
        #expect(noHeader.diagnostics.count == 1)
    }

    @Test(
        "reads the same rows and problems whatever the size of the chunks the file comes in",
        arguments: [1, 2, 3, 5, 16])
    func chunks(size: Int) {
        let csv =
            [0xEF, 0xBB, 0xBF]
            + Array(
                ("timestamp,monitor,status,latency_ms,note\r\n2026-11-24T10:44:00Z,smtp-in-uk,up,41,\"a, b\"\r\n\r\n"
                    + "2026-11-24T10:45:00Z,smtp-in-uk,down,,\nbad,smtp-in-uk,up,1,\n"
                    + "2026-11-24T10:46:00Z,smtp-in-de,degraded,950.5,\n2026-11-24T10:47:00Z,smtp").utf8)
        let whole = parseRows("monitors/smtp.csv", csv)
        #expect(whole.checks == Self.expected)
        #expect(
            whole.diagnostics.map(\.description) == [
                "monitors/smtp.csv:5: 'bad' is not an RFC 3339 timestamp",
                "monitors/smtp.csv:7: warning: skipped an incomplete last line (expected 4 fields, found 2)",
            ])
        let chunked = parseRows("monitors/smtp.csv", csv, chunkSize: size)
        #expect(chunked.checks == whole.checks)
        #expect(chunked.diagnostics == whole.diagnostics)
        let jsonl = Array(
            ("{\"timestamp\": \"2026-11-24T10:44:00Z\", \"monitor\": \"smtp-in-uk\", \"status\": \"up\", \"latency_ms\": 41}\r\n"
                + "{\"timestamp\": \"2026-11-24T10:45:00Z\", \"monitor\": \"smtp-in-\\u0075k\", \"status\": \"down\"}\n")
                .utf8)
        #expect(parseRows("monitors/smtp.jsonl", jsonl, chunkSize: size).checks == Array(Self.expected.prefix(2)))
    }

    @Test("keeps rows in file order; sorting is the site's job")
    func unsortedRows() {
        let result = parse(
            "monitors/smtp.csv",
            "timestamp,monitor,status\n2026-11-24T10:45:00Z,smtp-in-uk,down\n2026-11-24T10:44:00Z,smtp-in-uk,up\n")
        #expect(result.checks.map(\.time) == [utc("2026-11-24T10:45:00Z"), utc("2026-11-24T10:44:00Z")])
    }

    @Test("skips a torn last line with a warning and keeps the rows before it")
    func tornLastLineCSV() {
        let result = parse(
            "monitors/smtp.csv",
            "timestamp,monitor,status,latency_ms\n2026-11-24T10:44:00Z,smtp-in-uk,up,41\n2026-11-24T10:45:00Z,smtp-in")
        #expect(result.checks == [Self.expected[0]])
        #expect(
            result.diagnostics.map(\.description) == [
                "monitors/smtp.csv:3: warning: skipped an incomplete last line (expected 4 fields, found 2)"
            ])
        #expect(result.diagnostics.map(\.severity) == [.warning])
    }

    @Test("skips a torn last line of JSON Lines with a warning")
    func tornLastLineJSON() {
        let result = parse(
            "monitors/smtp.jsonl",
            """
            {"timestamp": "2026-11-24T10:44:00Z", "monitor": "smtp-in-uk", "status": "up", "latency_ms": 41}
            {"timestamp": "2026-11-24T10:45:00Z", "moni
            """)
        #expect(result.checks == [Self.expected[0]])
        #expect(
            result.diagnostics.map(\.description) == [
                "monitors/smtp.jsonl:2: warning: skipped an incomplete last line (not a JSON object)"
            ])
    }

    @Test("keeps a last line without a newline when it is complete")
    func unterminatedCompleteLine() {
        let result = parse(
            "monitors/smtp.csv", "timestamp,monitor,status,latency_ms\n2026-11-24T10:44:00Z,smtp-in-uk,up,41")
        #expect(result.checks == [Self.expected[0]])
        #expect(result.diagnostics.isEmpty)
    }

    @Test(
        "reports a bad CSV row as an error at its line and reads the others",
        arguments: [
            (
                "yesterday,smtp-in-uk,up,41",
                "monitors/smtp.csv:3: 'yesterday' is not an RFC 3339 timestamp"
            ),
            (
                "2026-11-24T10:45:00,smtp-in-uk,up,41",
                "monitors/smtp.csv:3: '2026-11-24T10:45:00' is not an RFC 3339 timestamp"
            ),
            (
                "2026-11-24T10:45:00Z,smtp-in-uk,dwon,41",
                "monitors/smtp.csv:3: unknown value 'dwon': expected one of up, degraded, down (did you mean 'down'?)"
            ),
            (
                "2026-11-24T10:45:00Z,smtp-in-uk,up,fast",
                "monitors/smtp.csv:3: latency 'fast' is not a number of milliseconds"
            ),
            (
                "2026-11-24T10:45:00Z,smtp-in-uk,up,-3",
                "monitors/smtp.csv:3: latency '-3' must be at least 0 and below 10^15 milliseconds"
            ),
            (
                "2026-11-24T10:45:00Z,smtp-in-uk,up,1e300",
                "monitors/smtp.csv:3: latency '1e300' must be at least 0 and below 10^15 milliseconds"
            ),
            (
                "2026-11-24T10:45:00Z,smtp-in-uk,up,4\u{0}1",
                "monitors/smtp.csv:3: latency '4\u{0}1' is not a number of milliseconds"
            ),
            (
                "2026-11-24T10:45:00Z,smtp-in-uk,up,0x10",
                "monitors/smtp.csv:3: latency '0x10' is not a number of milliseconds"
            ),
            ("2026-11-24T10:45:00Z,,up,41", "monitors/smtp.csv:3: the monitor name is empty"),
            ("2026-11-24T10:45:00Z,smtp-in-uk,up", "monitors/smtp.csv:3: expected 4 fields, found 3"),
            ("2026-11-24T10:45:00Z,\"smtp-in-uk,up,41", "monitors/smtp.csv:3: a quoted field is not closed"),
            ("2026-11-24T10:45:00Z,\"smtp\"-in-uk,up,41", "monitors/smtp.csv:3: unexpected text after a quoted field"),
        ])
    func badCSVRow(row: String, expected: String) {
        let result = parse(
            "monitors/smtp.csv",
            "timestamp,monitor,status,latency_ms\n2026-11-24T10:44:00Z,smtp-in-uk,up,41\n\(row)\n"
                + "2026-11-24T10:46:00Z,smtp-in-de,degraded,950.5\n")
        #expect(result.diagnostics.map(\.description) == [expected])
        #expect(result.diagnostics.map(\.severity) == [.error])
        #expect(result.checks == [Self.expected[0], Self.expected[2]])
    }

    @Test(
        "reports a bad JSON line as an error at its line",
        arguments: [
            ("[1, 2]", "monitors/smtp.jsonl:2: not a JSON object"),
            ("{\"timestamp\": \"2026-11-24T10:45:00Z\"", "monitors/smtp.jsonl:2: not a JSON object"),
            (
                "{\"timestamp\": 1764067500, \"monitor\": \"smtp-in-uk\", \"status\": \"up\"}",
                "monitors/smtp.jsonl:2: 'timestamp' must be a string"
            ),
            (
                "{\"timestamp\": \"2026-11-24T10:45:00Z\", \"status\": \"up\"}",
                "monitors/smtp.jsonl:2: the object has no 'monitor'"
            ),
            (
                "{\"timestamp\": \"2026-11-24T10:45:00Z\", \"monitor\": \"smtp-in-uk\", \"status\": \"up\", \"latency_ms\": \"41\"}",
                "monitors/smtp.jsonl:2: 'latency_ms' must be a number or null"
            ),
            (
                "{\"timestamp\": \"2026-11-24T10:45:00Z\", \"monitor\": \"smtp-in-uk\", \"status\": \"up\", \"latency_ms\": true}",
                "monitors/smtp.jsonl:2: 'latency_ms' must be a number or null"
            ),
            (
                "{\"timestamp\": \"2026-11-24T10:45:00Z\", \"monitor\": \"smtp-in-uk\", \"status\": \"up\", \"latency_ms\": -1}",
                "monitors/smtp.jsonl:2: 'latency_ms' must not be negative"
            ),
            (
                "{\"timestamp\": \"2026-11-24T10:45:00Z\", \"monitor\": \"smtp-in-uk\", \"status\": \"up\", \"latency_ms\": 1e300}",
                "monitors/smtp.jsonl:2: 'latency_ms' must be at least 0 and below 10^15 milliseconds"
            ),
            (
                "{\"timestamp\": \"2026-11-24T10:45:00Z\", \"monitor\": \"smtp-in-uk\", \"status\": \"up\", \"latency_ms\": 1e400}",
                "monitors/smtp.jsonl:2: 'latency_ms' must be at least 0 and below 10^15 milliseconds"
            ),
            (
                "{\"timestamp\": \"2026-11-24T10:45:00Z\", \"monitor\": \"smtp-in-uk\", \"status\": \"down\", \"status\": \"up\"}",
                "monitors/smtp.jsonl:2: the object has 'status' twice"
            ),
            (
                "{\"timestamp\": \"2026-11-24T10:45:00Z\", \"monitor\": \"smtp-in-uk\", \"status\": \"UP\"}",
                "monitors/smtp.jsonl:2: unknown value 'UP': expected one of up, degraded, down (did you mean 'up'?)"
            ),
        ])
    func badJSONLine(line: String, expected: String) {
        let result = parse(
            "monitors/smtp.jsonl",
            """
            {"timestamp": "2026-11-24T10:44:00Z", "monitor": "smtp-in-uk", "status": "up", "latency_ms": 41}
            \(line)
            {"timestamp": "2026-11-24T10:46:00Z", "monitor": "smtp-in-de", "status": "degraded", "latency_ms": 950.5}

            """)
        #expect(result.diagnostics.map(\.description) == [expected])
        #expect(result.checks == [Self.expected[0], Self.expected[2]])
    }

    @Test("reports a CSV header without a required column once, at line 1")
    func badHeader() {
        let result = parse(
            "monitors/smtp.csv",
            "time,monitor,status,latency_ms\n2026-11-24T10:44:00Z,smtp-in-uk,up,41\n2026-11-24T10:45:00Z,smtp-in-uk,down,\n"
        )
        #expect(
            result.diagnostics.map(\.description) == [
                "monitors/smtp.csv:1: the header has no 'timestamp' column: it needs timestamp, monitor, status and optionally latency_ms"
            ])
        #expect(result.checks.isEmpty)
    }

    @Test("reports a CSV header with a column twice at line 1, rather than choosing one")
    func duplicateColumn() {
        let result = parse(
            "monitors/smtp.csv",
            "timestamp,monitor,status,status\n2026-11-24T10:44:00Z,smtp-in-uk,up,down\n")
        #expect(
            result.diagnostics.map(\.description) == ["monitors/smtp.csv:1: the header has the 'status' column twice"])
        #expect(result.checks.isEmpty)
    }

    @Test("stops listing bad rows after twenty, and says so")
    func errorLimit() {
        var text = "timestamp,monitor,status\n"
        for _ in 1...25 { text += "bad,smtp-in-uk,up\n" }
        let result = parse("monitors/smtp.csv", text)
        #expect(result.diagnostics.count == 21)
        #expect(result.diagnostics.first?.description == "monitors/smtp.csv:2: 'bad' is not an RFC 3339 timestamp")
        #expect(
            result.diagnostics.last?.description
                == "monitors/smtp.csv:22: more bad rows follow; fix the ones above first")
        #expect(result.diagnostics.allSatisfy { $0.severity == .error })
    }

    @Test("reads an empty file, or one with only a header, as no checks")
    func empty() {
        #expect(parse("monitors/smtp.csv", "").checks.isEmpty)
        #expect(parse("monitors/smtp.csv", "").diagnostics.isEmpty)
        #expect(parse("monitors/smtp.csv", "timestamp,monitor,status\n").diagnostics.isEmpty)
        #expect(parse("monitors/smtp.jsonl", "\n").diagnostics.isEmpty)
    }

    @Test(
        "recognises monitor files by extension",
        arguments: [
            ("monitors/a.csv", true), ("monitors/a.jsonl", true), ("monitors/a.json", false),
            ("monitors/README.md", false),
        ])
    func monitorFiles(path: String, expected: Bool) {
        #expect(SiteLayout.isMonitorFile(path) == expected)
    }
}
