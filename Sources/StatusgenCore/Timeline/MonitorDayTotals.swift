import Foundation
import StatusgenModel

/// Seconds covered, down and degraded per history day for one monitor, time-weighted: each check
/// stands until the next one, for at most the gap limit, and never past `now`.
///
/// Time inside `excluded` intervals (maintenance windows) counts as neither up nor down: planned work
/// is not downtime. Every other check counts towards uptime. Only sustained problems, runs of at least `minimumRun`
/// consecutive checks with the same status, count towards the colour of a day, so that one
/// missed probe does not paint a quiet day as an outage.
struct MonitorDayTotals {
    /// One day's figures, summed in whole milliseconds (so that the order of the sums cannot change them).
    struct Day {
        var coveredMilliseconds: Int64 = 0
        var downMilliseconds: Int64 = 0
        var degradedMilliseconds: Int64 = 0
        var sustainedDownMilliseconds: Int64 = 0
        var sustainedDegradedMilliseconds: Int64 = 0
        /// Inside maintenance windows, and of that, down: left out of the figures above.
        var maintenanceCoveredMilliseconds: Int64 = 0
        var maintenanceDownMilliseconds: Int64 = 0

        var covered: Double { Self.seconds(coveredMilliseconds) }
        var down: Double { Self.seconds(downMilliseconds) }
        var degraded: Double { Self.seconds(degradedMilliseconds) }
        var sustainedDown: Double { Self.seconds(sustainedDownMilliseconds) }
        var sustainedDegraded: Double { Self.seconds(sustainedDegradedMilliseconds) }
        var maintenanceCovered: Double { Self.seconds(maintenanceCoveredMilliseconds) }
        var maintenanceDown: Double { Self.seconds(maintenanceDownMilliseconds) }

        private static func seconds(_ milliseconds: Int64) -> Double { Double(milliseconds) / 1000 }
    }

    private(set) var days: [Day]

    /// The totals of the checks in `runs` (in time order, none after `now`).
    init(
        runs: [CheckRun], calendar: DayCalendar, gapLimit: TimeInterval, minimumRun: Int, excluded: [DateInterval],
        now: Date
    ) {
        self.init(
            stretches: Self.stretches(of: runs, gapLimit: gapLimit, minimumRun: minimumRun, now: now),
            calendar: calendar, excluded: excluded)
    }

    /// The totals of `stretches` (as `stretches(of:gapLimit:minimumRun:now:)` gives them) in the days of
    /// `calendar`.
    init(stretches: [MonitorStretch], calendar: DayCalendar, excluded: [DateInterval]) {
        var sums = MonitorDaySums(calendar: calendar, excluded: excluded)
        for stretch in stretches {
            sums.add(from: stretch.start, to: stretch.end, stretch.status, sustained: stretch.sustained)
        }
        days = sums.finished()
    }

    /// The time the checks in `runs` (in time order, none after `now`) cover, as stretches in time order:
    /// what the totals of any calendar and any maintenance windows are made from.
    static func stretches(of runs: [CheckRun], gapLimit: TimeInterval, minimumRun: Int, now: Date)
        -> [MonitorStretch]
    {
        var stretches: [MonitorStretch] = []
        func add(_ start: Int64, _ end: Int64, _ status: MonitorStatus, sustained: Bool) {
            guard end > start else { return }
            if let last = stretches.last, last.end == start, last.status == status, last.sustained == sustained {
                stretches[stretches.count - 1].end = end
            } else {
                stretches.append(MonitorStretch(start: start, end: end, status: status, sustained: sustained))
            }
        }
        let sustained = Self.sustainedFlags(runs, minimumRun: minimumRun)
        let gap = gapMilliseconds(gapLimit)
        let nowMilliseconds = milliseconds(now)
        for index in runs.indices {
            let run = runs[index]
            if run.count > 1 {
                if run.isSpaced(atMost: gap) {
                    // Every check but the last stands until the next one.
                    add(run.start, run.last, run.status, sustained: sustained[index])
                } else {
                    for check in 0..<(run.count - 1) {
                        let time = run.time(at: check)
                        add(time, min(run.time(at: check + 1), time + gap), run.status, sustained: sustained[index])
                    }
                }
            }
            let next = index + 1 < runs.count ? runs[index + 1].start : nowMilliseconds
            add(run.last, min(next, run.last + gap, nowMilliseconds), run.status, sustained: sustained[index])
        }
        return stretches
    }

    /// The gap limit in whole milliseconds, as the stretches are cut.
    static func gapMilliseconds(_ gapLimit: TimeInterval) -> Int64 {
        Int64((gapLimit * 1000).rounded(.down))
    }

    /// `now` in whole milliseconds, as the stretches are cut.
    static func milliseconds(_ now: Date) -> Int64 {
        Int64((now.timeIntervalSince1970 * 1000).rounded(.down))
    }

    /// For each run, whether its checks are part of at least `minimumRun` consecutive checks with its status.
    static func sustainedFlags(_ runs: [CheckRun], minimumRun: Int) -> [Bool] {
        var flags = Array(repeating: false, count: runs.count)
        var streakStart = 0
        var checks = 0
        for index in runs.indices {
            checks += runs[index].count
            guard index + 1 == runs.count || runs[index + 1].status != runs[index].status else { continue }
            if checks >= minimumRun {
                for member in streakStart...index { flags[member] = true }
            }
            streakStart = index + 1
            checks = 0
        }
        return flags
    }
}
