import Foundation

/// Instants written as RFC 3339 text in UTC, the one form statusgen writes for machines: incident
/// headings, monitor rows, feeds, JSON and the messages that quote a time. Computed with `CivilTime`,
/// independent of the machine's calendar and zone.
public enum RFC3339 {
    /// Whole seconds: "2026-11-24T10:52:00Z" (a fraction of a second is dropped).
    public static func string(from date: Foundation.Date) -> String {
        string(seconds: Int64((date.timeIntervalSince1970).rounded(.down)))
    }

    /// Milliseconds, written only when there are some: "2026-11-24T10:52:00Z", "2026-11-24T10:52:00.120Z".
    public static func string(milliseconds: Int64) -> String {
        let (seconds, remainder) = milliseconds.quotientAndRemainder(dividingBy: 1000)
        let fraction = remainder < 0 ? Int(remainder) + 1000 : Int(remainder)
        let whole = string(seconds: remainder < 0 ? seconds - 1 : seconds)
        return fraction == 0 ? whole : "\(whole.dropLast()).\(fraction.zeroPadded(3))Z"
    }

    /// Always with milliseconds, as Statuspage's API writes them: "2026-11-24T10:52:00.000Z".
    public static func stringWithMilliseconds(from date: Foundation.Date) -> String {
        let milliseconds = Int64((date.timeIntervalSince1970 * 1000).rounded(.down))
        let fraction = Int(((milliseconds % 1000) + 1000) % 1000)
        return "\(string(from: date).dropLast()).\(fraction.zeroPadded(3))Z"
    }

    private static func string(seconds: Int64) -> String {
        let (days, secondOfDay) = seconds.quotientAndRemainder(dividingBy: 86_400)
        let day = Int(secondOfDay < 0 ? days - 1 : days)
        let second = Int(secondOfDay < 0 ? secondOfDay + 86_400 : secondOfDay)
        let date = CivilTime.date(daysSinceEpoch: day)
        return "\(date.year.zeroPadded(4))-\(date.month.zeroPadded(2))-\(date.day.zeroPadded(2))"
            + "T\((second / 3600).zeroPadded(2)):\((second / 60 % 60).zeroPadded(2)):\((second % 60).zeroPadded(2))Z"
    }
}
