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
    struct Day {
        var covered: Double = 0
        var down: Double = 0
        var degraded: Double = 0
        var sustainedDown: Double = 0
        var sustainedDegraded: Double = 0
        /// Seconds inside maintenance windows, and of those, seconds down: left out of the figures above.
        var maintenanceCovered: Double = 0
        var maintenanceDown: Double = 0
    }

    private(set) var days: [Day]

    /// The totals of the checks in `runs` (in time order, none after `now`).
    init(
        runs: [CheckRun], calendar: DayCalendar, gapLimit: TimeInterval, minimumRun: Int, excluded: [DateInterval],
        now: Date
    ) {
        days = Array(repeating: Day(), count: calendar.days.count)
        let sustained = Self.sustainedFlags(runs, minimumRun: minimumRun)
        let gap = Int64((gapLimit * 1000).rounded(.down))
        let nowMilliseconds = Int64((now.timeIntervalSince1970 * 1000).rounded(.down))
        for (index, run) in runs.enumerated() {
            var pieces: [(start: Int64, end: Int64)] = []
            if run.count > 1 {
                if run.step <= gap {
                    // Every check but the last stands until the next one.
                    pieces.append((run.start, run.last))
                } else {
                    for check in 0..<(run.count - 1) { pieces.append((run.time(at: check), run.time(at: check) + gap)) }
                }
            }
            let next = index + 1 < runs.count ? runs[index + 1].start : nowMilliseconds
            pieces.append((run.last, min(next, run.last + gap, nowMilliseconds)))
            for piece in pieces where piece.end > piece.start {
                let interval = DateInterval(start: Date(milliseconds: piece.start), end: Date(milliseconds: piece.end))
                for part in Self.subtract(excluded, from: interval) {
                    add(run.status, during: part, sustained: sustained[index], calendar: calendar)
                }
                for part in Self.intersect(excluded, with: interval) {
                    addMaintenance(run.status, during: part, calendar: calendar)
                }
            }
        }
    }

    private mutating func add(
        _ status: MonitorStatus, during piece: DateInterval, sustained: Bool, calendar: DayCalendar
    ) {
        for dayIndex in calendar.indices(overlapping: piece.start, piece.end) {
            let day = calendar.days[dayIndex]
            let seconds = min(piece.end, day.end).timeIntervalSince(max(piece.start, day.start))
            guard seconds > 0 else { continue }
            days[dayIndex].covered += seconds
            switch status {
            case .up:
                break
            case .degraded:
                days[dayIndex].degraded += seconds
                if sustained { days[dayIndex].sustainedDegraded += seconds }
            case .down:
                days[dayIndex].down += seconds
                if sustained { days[dayIndex].sustainedDown += seconds }
            }
        }
    }

    private mutating func addMaintenance(_ status: MonitorStatus, during piece: DateInterval, calendar: DayCalendar) {
        for dayIndex in calendar.indices(overlapping: piece.start, piece.end) {
            let day = calendar.days[dayIndex]
            let seconds = min(piece.end, day.end).timeIntervalSince(max(piece.start, day.start))
            guard seconds > 0 else { continue }
            days[dayIndex].maintenanceCovered += seconds
            if status == .down { days[dayIndex].maintenanceDown += seconds }
        }
    }

    /// The parts of `interval` inside some interval of `excluded`, without overlaps.
    static func intersect(_ excluded: [DateInterval], with interval: DateInterval) -> [DateInterval] {
        let outside = subtract(excluded, from: interval)
        var pieces: [DateInterval] = []
        var cursor = interval.start
        for gap in outside.sorted(by: { $0.start < $1.start }) {
            if gap.start > cursor { pieces.append(DateInterval(start: cursor, end: gap.start)) }
            cursor = max(cursor, gap.end)
        }
        if interval.end > cursor { pieces.append(DateInterval(start: cursor, end: interval.end)) }
        return pieces
    }

    /// The parts of `interval` outside every interval of `excluded`.
    static func subtract(_ excluded: [DateInterval], from interval: DateInterval) -> [DateInterval] {
        var pieces = [interval]
        guard !excluded.isEmpty else { return pieces }
        for window in excluded {
            pieces = pieces.flatMap { piece -> [DateInterval] in
                guard window.start < piece.end, window.end > piece.start else { return [piece] }
                var rest: [DateInterval] = []
                if piece.start < window.start { rest.append(DateInterval(start: piece.start, end: window.start)) }
                if window.end < piece.end { rest.append(DateInterval(start: window.end, end: piece.end)) }
                return rest
            }
        }
        return pieces
    }

    /// For each run, whether its checks are part of at least `minimumRun` consecutive checks with its status.
    private static func sustainedFlags(_ runs: [CheckRun], minimumRun: Int) -> [Bool] {
        var flags = Array(repeating: false, count: runs.count)
        var streakStart = 0
        for index in runs.indices where index + 1 == runs.count || runs[index + 1].status != runs[index].status {
            let checks = runs[streakStart...index].reduce(0) { $0 + $1.count }
            if checks >= minimumRun {
                for member in streakStart...index { flags[member] = true }
            }
            streakStart = index + 1
        }
        return flags
    }
}
