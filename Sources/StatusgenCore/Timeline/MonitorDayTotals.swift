import Foundation
import StatusgenModel

/// Seconds covered, down and degraded per history day for one monitor, time-weighted: each check
/// stands until the next one, for at most the gap limit, and never past `now`.
struct MonitorDayTotals {
    struct Day {
        var covered: Double = 0
        var down: Double = 0
        var degraded: Double = 0
    }

    private(set) var days: [Day]

    init(checks: [MonitorCheck], calendar: DayCalendar, gapLimit: TimeInterval, now: Date) {
        days = Array(repeating: Day(), count: calendar.days.count)
        for (index, check) in checks.enumerated() {
            let next = index + 1 < checks.count ? checks[index + 1].time : now
            let end = min(next, check.time.addingTimeInterval(gapLimit), now)
            guard end > check.time else { continue }
            for dayIndex in calendar.indices(overlapping: check.time, end) {
                let day = calendar.days[dayIndex]
                let seconds = min(end, day.end).timeIntervalSince(max(check.time, day.start))
                guard seconds > 0 else { continue }
                days[dayIndex].covered += seconds
                switch check.status {
                case .up: break
                case .degraded: days[dayIndex].degraded += seconds
                case .down: days[dayIndex].down += seconds
                }
            }
        }
    }
}
