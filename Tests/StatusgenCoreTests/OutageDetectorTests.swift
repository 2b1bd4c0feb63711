import Foundation
import StatusgenModel
import Testing

@testable import StatusgenCore

@Suite("Outage detection")
struct OutageDetectorTests {
    /// Checks one minute apart from 10:00, with statuses written as letters: u(p), d(own), g (degraded).
    func checks(_ pattern: String) -> [MonitorCheck] {
        pattern.enumerated().map { minute, letter in
            let status: MonitorStatus = letter == "d" ? .down : letter == "g" ? .degraded : .up
            return MonitorCheck(
                time: utc("2026-11-24T10:00:00Z").addingTimeInterval(Double(minute) * 60), monitor: "smtp",
                status: status)
        }
    }

    func minute(_ minute: Int) -> Date {
        utc("2026-11-24T10:00:00Z").addingTimeInterval(Double(minute) * 60)
    }

    @Test(
        "finds runs of at least the minimum number of down checks",
        arguments: [
            ("uuuu", 2, []),
            ("udu", 2, []),
            ("uddu", 2, [(1, 3, 2)]),
            ("uddu", 3, []),
            ("udddgdd", 3, [(1, 4, 3)]),
            ("ddudd", 2, [(0, 2, 2), (3, -1, 2)]),
            ("udu", 1, [(1, 2, 1)]),
            ("dddd", 2, [(0, -1, 4)]),
        ] as [(String, Int, [(Int, Int, Int)])])
    func runs(pattern: String, minimum: Int, expected: [(Int, Int, Int)]) {
        let found = OutageDetector(minimumChecks: minimum).outages(
            in: history(of: checks(pattern)).runs, monitor: "smtp", componentIDs: ["mail"])
        // Each expected run is (first down minute, first minute after it or -1 while it goes on, down checks).
        let wanted = expected.map { start, end, count in
            DetectedOutage(
                monitor: "smtp", componentIDs: ["mail"], start: minute(start), end: end < 0 ? nil : minute(end),
                checks: count)
        }
        #expect(found == wanted)
    }

    @Test("names an outage by its monitor and start")
    func identifier() {
        let outage = DetectedOutage(
            monitor: "smtp-in-uk", componentIDs: [], start: utc("2026-11-24T10:45:00Z"), end: nil, checks: 2)
        #expect(outage.id == "smtp-in-uk-1795517100")
    }
}
