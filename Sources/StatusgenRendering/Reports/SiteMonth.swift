import Foundation
import StatusgenModel

/// One calendar month of the site's history in its timezone: a page of the monthly archive.
struct SiteMonth: Equatable {
    /// `YYYY-MM`.
    let key: String
    /// The year and the month's number, 1 to 12.
    let year: Int
    let number: Int
    /// The first instant of the month, and of the next one.
    let start: Date
    let end: Date
    /// Whether the build's moment falls in this month.
    let isInProgress: Bool
    /// The month's days begun by the build's moment: all of them for a past month.
    let dayCount: Int

    /// The page of the month, from the site root: "history/2026-11.html".
    var path: String { "history/\(key).html" }

    /// The longest archive, in months: ten years. An incident dated decades back by mistake, or a `--now`
    /// far ahead, would otherwise make a page for every month in between.
    static let archiveMonthLimit = 120

    /// Every month from the first with a component record or a started incident to the month of
    /// `timeline.now`, oldest first, without gaps, and at most the last `archiveMonthLimit` months.
    static func months(of timeline: Timeline) -> [SiteMonth] {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeline.config.timeZone
        let current = firstInstant(containing: timeline.now, calendar)
        var first = current
        for state in timeline.components {
            if let day = state.months.first?.days.first {
                first = min(first, firstInstant(containing: day.start, calendar))
            }
        }
        for incident in timeline.incidents where incident.phase != .upcoming {
            first = min(first, firstInstant(containing: incident.startedAt, calendar))
        }
        if let limit = calendar.date(byAdding: .month, value: 1 - archiveMonthLimit, to: current) {
            first = max(first, limit)
        }
        var months: [SiteMonth] = []
        var start = first
        while start <= current, let end = calendar.date(byAdding: .month, value: 1, to: start) {
            let parts = calendar.dateComponents([.year, .month], from: start)
            let (year, month) = (parts.year ?? 0, parts.month ?? 1)
            let isInProgress = start == current
            let dayCount =
                isInProgress
                ? calendar.component(.day, from: timeline.now)
                : calendar.range(of: .day, in: .month, for: start)?.count ?? 0
            months.append(
                SiteMonth(
                    key: "\(year.zeroPadded(4))-\(month.zeroPadded(2))", year: year, number: month, start: start,
                    end: end, isInProgress: isInProgress, dayCount: dayCount))
            start = end
        }
        return months
    }

    /// The month's name and year in the words of `strings`: "November 2026".
    func title(_ strings: Strings) -> String {
        strings.text("month_title", ["month": strings.text("month_long_\(number)"), "year": String(year)])
    }

    /// Whether `date` falls in the month.
    func contains(_ date: Date) -> Bool {
        date >= start && date < end
    }

    private static func firstInstant(containing date: Date, _ calendar: Calendar) -> Date {
        calendar.dateInterval(of: .month, for: date)?.start ?? date
    }
}
