import Foundation
import StatusgenModel
import Testing

@testable import StatusgenCore

/// Checks whose times drift and jitter make as few runs as checks on the minute do (each check's time
/// kept in its run); their day totals are summed as one stretch per status, in whole milliseconds, so
/// that they come out as exact as regular checks do.
@Suite("Uptime of jittered checks")
struct JitteredUptimeTests {
    private let now = Date(timeIntervalSince1970: 1_795_608_000)  // 2026-11-24T12:00:00Z

    /// The day totals of `runs` over the 3 days up to `now`, in milliseconds: covered, down, degraded,
    /// sustained down, and inside maintenance covered and down.
    private func totals(_ runs: [CheckRun], excluded: [DateInterval] = []) -> [[Int64]] {
        let calendar = DayCalendar(timeZone: TimeZone(identifier: "Europe/London")!, dayCount: 3, now: now)
        let totals = MonitorDayTotals(
            runs: runs, calendar: calendar, gapLimit: 600, minimumRun: 2, excluded: excluded, now: now)
        return totals.days.map {
            [
                $0.coveredMilliseconds, $0.downMilliseconds, $0.degradedMilliseconds, $0.sustainedDownMilliseconds,
                $0.maintenanceCoveredMilliseconds, $0.maintenanceDownMilliseconds,
            ]
        }
    }

    /// A check a minute for two days up to `now`, down for 90 minutes across midnight, each check
    /// `offsets(index)` milliseconds off the minute.
    private func runs(offsets: (Int) -> Int64) -> [CheckRun] {
        var list = CheckRunList()
        let start = Int64(now.timeIntervalSince1970 * 1000) - 2 * 86_400_000
        for index in 0..<(2 * 1440) {
            let down = (660...750).contains(index)
            list.append(start + Int64(index) * 60_000 + offsets(index), down ? .down : .up)
        }
        return list.runs
    }

    @Test("checks that drift and jitter by seconds count as the checks on the minute do, less their offsets")
    func jitteredMatchesExact() {
        let exact = runs { _ in 0 }
        #expect(exact.count == 3)
        // Each check up to 4.9 s late, differently: as many runs, uneven ones.
        let jittered = runs { index in Int64((index * 7919) % 4900) }
        #expect(jittered.count == 3)
        #expect(jittered.allSatisfy { $0.isUneven })
        let exactTotals = totals(exact)
        let jitteredTotals = totals(jittered)
        // Both cover the two days from the first check (on the minute in both) until now.
        #expect(exactTotals.map { $0[0] }.reduce(0, +) == 2880 * 60_000)
        #expect(jitteredTotals.map { $0[0] }.reduce(0, +) == 2880 * 60_000)
        // Down time differs only by the offsets of the first down check and the first up check after it.
        let exactDown = exactTotals.map { $0[1] }.reduce(0, +)
        let jitteredDown = jitteredTotals.map { $0[1] }.reduce(0, +)
        #expect(exactDown == 91 * 60_000)
        #expect(jitteredDown == 91 * 60_000 + Int64((751 * 7919) % 4900) - Int64((660 * 7919) % 4900))
    }

    @Test("maintenance windows that overlap, touch and cross midnight are each counted once")
    func overlappingWindows() {
        let exact = runs { _ in 0 }
        let start = now.addingTimeInterval(-2 * 86_400)
        let windows = [
            DateInterval(start: start.addingTimeInterval(650 * 60), duration: 30 * 60),
            DateInterval(start: start.addingTimeInterval(670 * 60), duration: 30 * 60),
            DateInterval(start: start.addingTimeInterval(700 * 60), duration: 30 * 60),
        ]
        let withWindows = totals(exact, excluded: windows)
        let without = totals(exact)
        // 80 minutes of maintenance from minute 650 (22:50 London time) past midnight, 70 of them down (660 to 730).
        #expect(withWindows.map { $0[4] }.reduce(0, +) == 80 * 60_000)
        #expect(withWindows.map { $0[5] }.reduce(0, +) == 70 * 60_000)
        #expect(withWindows[0][4] > 0 && withWindows[1][4] > 0)
        for day in 0..<3 {
            #expect(withWindows[day][0] + withWindows[day][4] == without[day][0])
            #expect(withWindows[day][1] + withWindows[day][5] == without[day][1])
        }
    }
}
