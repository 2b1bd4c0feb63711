import Foundation
import StatusgenModel
import Testing

@testable import StatusgenChecks

@Suite("Appending results")
struct ResultsAppenderTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("statusgen-\(UUID().uuidString)")

    init() throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    func contents(_ name: String) throws -> String {
        try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
    }

    @Test("a row is the canonical CSV line in UTC, with an empty latency when nothing answered")
    func rows() {
        let time = Date(timeIntervalSince1970: 1_795_517_040.7)
        #expect(
            CheckResult(monitor: "smtp-in-uk", time: time, outcome: CheckOutcome(status: .up, latencyMs: 41)).csvLine
                == "2026-11-24T10:44:00Z,smtp-in-uk,up,41\n")
        #expect(
            CheckResult(monitor: "web", time: time, outcome: CheckOutcome(status: .down, latencyMs: nil)).csvLine
                == "2026-11-24T10:44:00Z,web,down,\n")
    }

    @Test("a new file starts with the header; later rows are appended after it")
    func header() throws {
        let appender = ResultsAppender(path: folder.appendingPathComponent("checks.csv").path)
        try appender.append("2026-11-24T10:44:00Z,web,up,41\n")
        try appender.append("2026-11-24T10:45:00Z,web,down,\n")
        #expect(
            try contents("checks.csv")
                == "timestamp,monitor,status,latency_ms\n2026-11-24T10:44:00Z,web,up,41\n2026-11-24T10:45:00Z,web,down,\n"
        )
    }

    @Test("a row after a torn last line starts on a line of its own")
    func tornLine() throws {
        let url = folder.appendingPathComponent("torn.csv")
        try Data("timestamp,monitor,status,latency_ms\n2026-11-24T10:44:00Z,web,u".utf8).write(to: url)
        try ResultsAppender(path: url.path).append("2026-11-24T10:45:00Z,web,up,40\n")
        #expect(
            try contents("torn.csv")
                == "timestamp,monitor,status,latency_ms\n2026-11-24T10:44:00Z,web,u\n2026-11-24T10:45:00Z,web,up,40\n")
    }

    @Test("a file that cannot be written is an error naming it")
    func unwritable() {
        let path = folder.appendingPathComponent("missing/checks.csv").path
        #expect(
            throws: ResultsAppender.Failure(description: "\(path): cannot open the file: No such file or directory")
        ) {
            try ResultsAppender(path: path).append("x\n")
        }
    }
}
