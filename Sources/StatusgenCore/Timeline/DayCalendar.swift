import Foundation
import StatusgenModel

/// The calendar days of a site's history in its timezone, ending with the day that contains `now`.
struct DayCalendar {
    let days: [CalendarDay]
    /// Each day's number, counted in days since 1970-01-01 like `MonitorHistory.firstDay`.
    let dayNumbers: [Int]

    init(timeZone: TimeZone, dayCount: Int, now: Date) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let today = calendar.startOfDay(for: now)
        var days: [CalendarDay] = []
        var dayNumbers: [Int] = []
        for offset in stride(from: dayCount - 1, through: 0, by: -1) {
            guard let start = calendar.date(byAdding: .day, value: -offset, to: today),
                let end = calendar.date(byAdding: .day, value: 1, to: start)
            else { continue }
            let parts = calendar.dateComponents([.year, .month, .day], from: start)
            days.append(
                CalendarDay(
                    date: Self.isoDate(parts), start: calendar.startOfDay(for: start),
                    end: calendar.startOfDay(for: end)))
            dayNumbers.append(
                CivilTime.daysSinceEpoch(year: parts.year ?? 0, month: parts.month ?? 0, day: parts.day ?? 0))
        }
        self.days = days
        self.dayNumbers = dayNumbers
    }

    /// The index of the day containing `date`, or `nil` when it lies outside the history.
    func index(of date: Date) -> Int? {
        var low = 0
        var high = days.count - 1
        while low <= high {
            let middle = (low + high) / 2
            if date < days[middle].start {
                high = middle - 1
            } else if date >= days[middle].end {
                low = middle + 1
            } else {
                return middle
            }
        }
        return nil
    }

    /// The indices of the days that overlap `start..<end`.
    func indices(overlapping start: Date, _ end: Date) -> Range<Int> {
        guard let first = days.first, let last = days.last, end > first.start, start < last.end else { return 0..<0 }
        let from = index(of: max(start, first.start)) ?? 0
        let to = index(of: min(end, last.end).addingTimeInterval(-0.001)) ?? days.count - 1
        return from..<(to + 1)
    }

    private static func isoDate(_ parts: DateComponents) -> String {
        "\((parts.year ?? 0).zeroPadded(4))-\((parts.month ?? 0).zeroPadded(2))-\((parts.day ?? 0).zeroPadded(2))"
    }
}
