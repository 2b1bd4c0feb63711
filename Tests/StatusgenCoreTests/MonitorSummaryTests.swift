import Foundation
import StatusgenModel
import Testing

@testable import StatusgenCore

/// A monitor's summary moved on to another moment (`retimed`) must be the summary made for that moment
/// from the rows, whatever the checks: regular or jittered, paused beyond the gap limit, flapping.
@Suite("Monitor summaries")
struct MonitorSummaryTests {
    private let config = makeConfig()
    /// 2026-11-24T12:00:00Z, the time of the last check of every history below.
    private let last = Date(timeIntervalSince1970: 1_795_608_000)

    /// Checks up to `last`, every `spacing` seconds with up to `jitter` ms off, status from `status(index)`.
    private func history(count: Int, spacing: Double, jitter: Int64, status: (Int) -> MonitorStatus)
        -> MonitorHistory
    {
        var state: UInt64 = 7
        let checks = (0..<count).map { index in
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let offset = index == count - 1 || jitter == 0 ? 0 : Int64(state >> 33) % jitter
            let time = last.timeIntervalSince1970 - Double(count - 1 - index) * spacing + Double(offset) / 1000
            return MonitorCheck(time: Date(timeIntervalSince1970: time), monitor: "api-eu", status: status(index))
        }
        return StatusgenCoreTests.history(of: checks)
    }

    private var histories: [(String, MonitorHistory)] {
        [
            ("regular, up", history(count: 300, spacing: 60, jitter: 0) { _ in .up }),
            ("jittered, flapping", history(count: 300, spacing: 60, jitter: 4000) { $0 % 7 == 0 ? .down : .up }),
            ("ends with one down check", history(count: 50, spacing: 60, jitter: 900) { $0 == 49 ? .down : .up }),
            ("ends down, sustained", history(count: 50, spacing: 60, jitter: 0) { $0 > 45 ? .down : .degraded }),
            ("checks further apart than the gap limit", history(count: 40, spacing: 900, jitter: 0) { _ in .up }),
            ("one check", history(count: 1, spacing: 60, jitter: 0) { _ in .degraded }),
        ]
    }

    @Test("moved on to a later or earlier moment, a summary is the one made for that moment")
    func retimedEqualsMade() throws {
        let offsets: [TimeInterval] = [0, 0.001, 30, 599.999, 600, 601, 3600, 86_400 * 3]
        for (label, history) in histories {
            for from in offsets {
                let made = MonitorSummary(of: history, name: "api-eu", config: config, now: last + from)
                for to in offsets {
                    let moved = made.retimed(from: last + from, to: last + to, gapLimit: config.monitoring.gapLimit)
                    let expected = MonitorSummary(of: history, name: "api-eu", config: config, now: last + to)
                    #expect(moved == expected, "\(label), from +\(from) s to +\(to) s")
                }
            }
        }
    }

    @Test("a summary made before the last check, or moved to before it, is not moved on")
    func checksAfterTheMoment() {
        for (label, history) in histories {
            let made = MonitorSummary(of: history, name: "api-eu", config: config, now: last - 1)
            #expect(made.retimed(from: last - 1, to: last + 60, gapLimit: 600) == nil, "\(label)")
            let settled = MonitorSummary(of: history, name: "api-eu", config: config, now: last + 60)
            #expect(settled.retimed(from: last + 60, to: last - 0.001, gapLimit: 600) == nil, "\(label)")
        }
    }

    @Test("the day totals made from the stretches are those made from the runs, maintenance cut out")
    func stretchesTotal() throws {
        let zone = try #require(TimeZone(identifier: "Europe/London"))
        let calendar = DayCalendar(timeZone: zone, dayCount: 3, now: last)
        let windows = [
            DateInterval(start: last - 7200, duration: 2700), DateInterval(start: last - 90_000, duration: 60),
        ]
        for (label, history) in histories {
            let runs = history.runs(atOrBefore: last)
            let summary = MonitorSummary(of: history, name: "api-eu", config: config, now: last)
            let fromStretches = MonitorDayTotals(stretches: summary.stretches, calendar: calendar, excluded: windows)
            // Each check added on its own, as the totals were once made: the same milliseconds.
            var sums = MonitorDaySums(calendar: calendar, excluded: windows)
            var checks: [(Int64, MonitorStatus)] = []
            for run in runs { for index in 0..<run.count { checks.append((run.time(at: index), run.status)) } }
            let flags = MonitorDayTotals.sustainedFlags(runs, minimumRun: 2)
            var runOf: [Int] = []
            for (index, run) in runs.enumerated() { runOf += Array(repeating: index, count: run.count) }
            let limit = Int64(last.timeIntervalSince1970 * 1000)
            for (index, check) in checks.enumerated() {
                let next = index + 1 < checks.count ? checks[index + 1].0 : limit
                sums.add(
                    from: check.0, to: min(next, check.0 + 600_000, limit), check.1, sustained: flags[runOf[index]])
            }
            let expected = sums.finished()
            #expect(fromStretches.days.map(\.coveredMilliseconds) == expected.map(\.coveredMilliseconds), "\(label)")
            #expect(fromStretches.days.map(\.downMilliseconds) == expected.map(\.downMilliseconds), "\(label)")
            #expect(
                fromStretches.days.map(\.sustainedDownMilliseconds) == expected.map(\.sustainedDownMilliseconds),
                "\(label)")
            #expect(
                fromStretches.days.map(\.maintenanceCoveredMilliseconds)
                    == expected.map(\.maintenanceCoveredMilliseconds), "\(label)")
        }
    }
}
