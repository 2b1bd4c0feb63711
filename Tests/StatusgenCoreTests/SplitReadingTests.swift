import Foundation
import StatusgenModel
import Testing

@testable import StatusgenCore

@Suite("Reading a monitor file in two parts")
struct SplitReadingTests {
    static let csv = Array(
        ("\u{FEFF}\ntimestamp,monitor,status,latency_ms\r\n"
            + (0..<40).map { minute in
                let status = minute % 7 == 3 ? "down" : minute % 5 == 1 ? "degraded" : "up"
                let row =
                    "2026-11-24T10:\(minute < 10 ? "0" : "")\(minute):00Z,smtp-\(minute % 3),\(status),\(minute * 7)"
                return minute == 17 || minute == 30 ? "bad\(row)\n" : row + (minute % 2 == 0 ? "\r\n" : "\n")
            }.joined() + "2026-11-24T11:00:00Z,smtp-1,up").utf8)

    static func read(_ bytes: ArraySlice<UInt8>, with reader: MonitorFileReader) -> MonitorFileResult {
        var reader = reader
        reader.consume(Array(bytes))
        return reader.finish()
    }

    @Test("gives exactly the result of one pass, wherever the file is split between lines")
    func everySplit() throws {
        let whole = Self.read(Self.csv[...], with: MonitorFileReader(path: "monitors/a.csv", timeZone: london))
        #expect(whole.diagnostics.map(\.description).count == 3)
        let boundaries = Self.csv.indices.filter { Self.csv[$0] == 10 }.map { $0 + 1 }.dropFirst(2)
        for split in boundaries {
            let second = try Self.csv.withUnsafeBytes { head in
                try #require(MonitorFileReader.secondPart(path: "monitors/a.csv", timeZone: london, head: head))
            }
            let first = Self.read(
                Self.csv[..<split], with: MonitorFileReader(path: "monitors/a.csv", timeZone: london))
            let joined = first.joined(with: Self.read(Self.csv[split...], with: second))
            #expect(joined.histories == whole.histories)
            #expect(joined.diagnostics == whole.diagnostics)
            #expect(joined.checkpoint == whole.checkpoint)
        }
    }

    @Test("cannot start a second part before the CSV header is known")
    func headerNeeded() {
        let head = Array("timestamp,monitor,sta".utf8)
        #expect(
            head.withUnsafeBytes { MonitorFileReader.secondPart(path: "monitors/a.csv", timeZone: london, head: $0) }
                == nil)
    }
}
