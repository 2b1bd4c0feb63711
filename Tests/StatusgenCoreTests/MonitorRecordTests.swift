import Foundation
import StatusgenModel
import Testing

@testable import StatusgenCore

@Suite("Per-monitor daily record and component latency")
struct MonitorRecordTests {
    static let now = "2026-11-24T12:00:00Z"

    static func rows(_ monitor: String, _ rows: [(String, MonitorStatus, Double?)]) -> [MonitorCheck] {
        rows.map { MonitorCheck(time: utc($0.0), monitor: monitor, status: $0.1, latencyMs: $0.2) }
    }

    @Test("counts each monitor's rows per day, with its uptime and latency percentiles")
    func monitorDays() throws {
        let checks = Self.rows(
            "smtp-uk",
            [
                ("2026-11-23T23:55:00Z", .up, 40), ("2026-11-24T10:00:00Z", .up, 10),
                ("2026-11-24T10:10:00Z", .down, nil),
                ("2026-11-24T10:10:00Z", .up, 30), ("2026-11-24T10:20:00Z", .degraded, 900),
                // After now: counted as a row of today, left out of uptime.
                ("2026-11-24T12:30:00Z", .down, nil),
            ])
        let timeline = buildTimeline(checks: checks, now: Self.now)
        let record = try #require(timeline.monitors.first { $0.name == "smtp-uk" })
        #expect(timeline.monitors.map(\.name) == ["api-eu", "smtp-uk", "smtp-de"])
        #expect(record.days.map(\.day.date) == ["2026-11-22", "2026-11-23", "2026-11-24"])
        let today = try #require(record.days.last)
        #expect([today.checks, today.up, today.degraded, today.down] as [Int] == [5, 2, 1, 2])
        // 23:55 stands 5 min into today; 10:00 up 10 min, 10:10 down 10 min, 10:20 degraded 10 min.
        #expect(today.uptime == (2100.0 - 600) / 2100)
        #expect(today.latencyP50Ms == 30)
        // 900 ms falls in the histogram's bucket 900..<904, which stands for its middle.
        #expect(today.latencyP95Ms == 902)
        #expect(record.days[1].checks == 1)
        #expect(record.uptime30Days == (2400.0 - 600) / 2400)
        #expect(timeline.monitors.first?.days.allSatisfy { !$0.hasData } == true)
    }

    @Test("gives a component's day the latency percentiles of all its monitors' rows")
    func componentLatency() throws {
        let checks =
            Self.rows("smtp-uk", [("2026-11-24T10:00:00Z", .up, 10), ("2026-11-24T10:05:00Z", .up, 20)])
            + Self.rows("smtp-de", [("2026-11-24T10:00:00Z", .up, 30), ("2026-11-24T10:05:00Z", .up, 200)])
        let day = try #require(buildTimeline(checks: checks, now: Self.now).state(of: "mail")?.days.last)
        #expect(day.latencyP50Ms == 20)
        #expect(day.latencyP95Ms == 200)
        let quiet = try #require(buildTimeline(checks: checks, now: Self.now).state(of: "mail")?.days.first)
        #expect(quiet.latencyP50Ms == nil)
    }
}
