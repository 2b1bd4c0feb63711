import Foundation
import StatusgenBuild
import StatusgenChecks
import StatusgenModel
import Testing

@Suite("Appending monitor results")
final class MonitorCSVAppenderTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("statusgen-\(UUID().uuidString)")

    init() throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: folder)
    }

    func contents(_ name: String) throws -> String {
        try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
    }

    func row(_ time: String, _ status: MonitorStatus, _ latency: Double?) throws -> MonitorResultRow {
        let date = try #require(ISO8601DateFormatter().date(from: time))
        return MonitorResultRow(
            millisecondsSince1970: Int64(date.timeIntervalSince1970) * 1000, monitor: "web", status: status,
            latencyMs: latency)
    }

    @Test("a check's row is the canonical CSV line in UTC, with an empty latency when nothing answered")
    func rows() {
        let time = Date(timeIntervalSince1970: 1_795_517_040.7)
        let up = CheckResult(monitor: "smtp-in-uk", time: time, outcome: CheckOutcome(status: .up, latencyMs: 41))
        #expect(MonitorCSV.line(up.row) == "2026-11-24T10:44:00Z,smtp-in-uk,up,41\n")
        let down = CheckResult(monitor: "web", time: time, outcome: CheckOutcome(status: .down, latencyMs: nil))
        #expect(MonitorCSV.line(down.row) == "2026-11-24T10:44:00Z,web,down,\n")
    }

    @Test("a new file starts with the header; later rows are appended after it")
    func header() throws {
        let appender = MonitorCSVAppender(
            path: folder.appendingPathComponent("checks.csv").path, tornLastLine: .startNewLine)
        try appender.append([try row("2026-11-24T10:44:00Z", .up, 41)])
        try appender.append([try row("2026-11-24T10:45:00Z", .down, nil)])
        #expect(
            try contents("checks.csv")
                == "timestamp,monitor,status,latency_ms\n2026-11-24T10:44:00Z,web,up,41\n2026-11-24T10:45:00Z,web,down,\n"
        )
    }

    @Test("a row after a torn last line starts on a line of its own")
    func tornLine() throws {
        let url = folder.appendingPathComponent("torn.csv")
        try Data("timestamp,monitor,status,latency_ms\n2026-11-24T10:44:00Z,web,u".utf8).write(to: url)
        try MonitorCSVAppender(path: url.path, tornLastLine: .startNewLine)
            .append([try row("2026-11-24T10:45:00Z", .up, 40)])
        #expect(
            try contents("torn.csv")
                == "timestamp,monitor,status,latency_ms\n2026-11-24T10:44:00Z,web,u\n2026-11-24T10:45:00Z,web,up,40\n")
    }

    @Test("a file that cannot be written is an error naming it")
    func unwritable() {
        let path = folder.appendingPathComponent("missing/checks.csv").path
        #expect(
            throws: Diagnostic.error("cannot open the file: No such file or directory", at: SourceLocation(path: path))
        ) {
            try MonitorCSVAppender(path: path, tornLastLine: .startNewLine).append([
                try row("2026-11-24T10:45:00Z", .up, 1)
            ])
        }
    }

    @Test("an import refuses a torn last line and a file with other columns, appending nothing")
    func refusals() throws {
        let torn = folder.appendingPathComponent("torn.csv")
        let tornText = "timestamp,monitor,status,latency_ms\n2026-11-24T10:44:00Z,web,u"
        try Data(tornText.utf8).write(to: torn)
        let appender = MonitorCSVAppender(path: torn.path, tornLastLine: .refuse, creates: false)
        #expect(
            throws: Diagnostic.error(
                "the last line has no line break (is a tool still writing it?): nothing appended",
                at: SourceLocation(path: torn.path))
        ) { try appender.append([try row("2026-11-24T10:45:00Z", .up, 40)]) }
        #expect(try contents("torn.csv") == tornText)

        let other = folder.appendingPathComponent("other.csv")
        try Data("time,name,state\n".utf8).write(to: other)
        #expect(
            throws: Diagnostic.error(
                "the header is 'time,name,state', not 'timestamp,monitor,status,latency_ms': statusgen only appends"
                    + " to files in that format; write a new file instead",
                at: SourceLocation(path: other.path, line: 1))
        ) {
            try MonitorCSVAppender(path: other.path, tornLastLine: .startNewLine)
                .append([try row("2026-11-24T10:45:00Z", .up, 40)])
        }
        #expect(try contents("other.csv") == "time,name,state\n")
    }
}
