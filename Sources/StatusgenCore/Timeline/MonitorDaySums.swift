import Foundation
import StatusgenModel

/// Adds up stretches of one monitor's time, given in time order, into the days of a calendar, in whole
/// milliseconds: outside maintenance windows by status, inside them apart. Adjacent stretches with the same
/// status are added as one, and nothing is allocated per stretch, so that a monitor whose checks drift and
/// jitter (one run per check) costs what a regular one does.
struct MonitorDaySums {
    private var days: [MonitorDayTotals.Day]
    /// Where each day starts, then where the last one ends.
    private let bounds: [Int64]
    /// The maintenance windows, sorted and merged where they overlap or touch.
    private let windows: [(start: Int64, end: Int64)]
    /// The day and the first window that the next stretch can reach (stretches come in time order).
    private var day = 0
    private var window = 0
    /// The stretch being extended, added to the days once the next one does not continue it.
    private var pending: (start: Int64, end: Int64, status: MonitorStatus, sustained: Bool)?

    init(calendar: DayCalendar, excluded: [DateInterval]) {
        days = Array(repeating: MonitorDayTotals.Day(), count: calendar.days.count)
        bounds =
            calendar.days.map { Self.milliseconds($0.start) }
            + (calendar.days.last.map { [Self.milliseconds($0.end)] } ?? [])
        var merged: [(start: Int64, end: Int64)] = []
        let sorted = excluded.map { (start: Self.milliseconds($0.start), end: Self.milliseconds($0.end)) }
            .filter { $0.end > $0.start }.sorted { $0.start < $1.start }
        for interval in sorted {
            if let last = merged.last, interval.start <= last.end {
                merged[merged.count - 1].end = max(last.end, interval.end)
            } else {
                merged.append(interval)
            }
        }
        windows = merged
    }

    /// Adds `start..<end` (nothing when empty), which starts at or after the end of the stretch added before.
    mutating func add(from start: Int64, to end: Int64, _ status: MonitorStatus, sustained: Bool) {
        guard end > start else { return }
        if let last = pending, last.end == start, last.status == status, last.sustained == sustained {
            pending?.end = end
            return
        }
        flush()
        pending = (start, end, status, sustained)
    }

    /// The days' figures, once every stretch has been added.
    mutating func finished() -> [MonitorDayTotals.Day] {
        flush()
        return days
    }

    private mutating func flush() {
        guard let stretch = pending else { return }
        pending = nil
        var cursor = stretch.start
        while window < windows.count, windows[window].end <= cursor { window += 1 }
        var next = window
        while cursor < stretch.end {
            guard next < windows.count, windows[next].start < stretch.end else {
                addToDays(cursor, stretch.end, stretch.status, sustained: stretch.sustained, inMaintenance: false)
                return
            }
            if windows[next].start > cursor {
                addToDays(
                    cursor, windows[next].start, stretch.status, sustained: stretch.sustained, inMaintenance: false)
                cursor = windows[next].start
            }
            let insideEnd = min(windows[next].end, stretch.end)
            addToDays(cursor, insideEnd, stretch.status, sustained: stretch.sustained, inMaintenance: true)
            cursor = insideEnd
            next += 1
        }
    }

    private mutating func addToDays(
        _ start: Int64, _ end: Int64, _ status: MonitorStatus, sustained: Bool, inMaintenance: Bool
    ) {
        guard let first = bounds.first, let last = bounds.last else { return }
        var start = max(start, first)
        let end = min(end, last)
        guard start < end else { return }
        while day > 0, start < bounds[day] { day -= 1 }
        while bounds[day + 1] <= start { day += 1 }
        while start < end {
            let part = min(end, bounds[day + 1]) - start
            if inMaintenance {
                days[day].maintenanceCoveredMilliseconds += part
                if status == .down { days[day].maintenanceDownMilliseconds += part }
            } else {
                days[day].coveredMilliseconds += part
                switch status {
                case .up:
                    break
                case .degraded:
                    days[day].degradedMilliseconds += part
                    if sustained { days[day].sustainedDegradedMilliseconds += part }
                case .down:
                    days[day].downMilliseconds += part
                    if sustained { days[day].sustainedDownMilliseconds += part }
                }
            }
            start += part
            if start == bounds[day + 1], day + 2 < bounds.count { day += 1 }
        }
    }

    private static func milliseconds(_ date: Date) -> Int64 {
        Int64((date.timeIntervalSince1970 * 1000).rounded())
    }
}
