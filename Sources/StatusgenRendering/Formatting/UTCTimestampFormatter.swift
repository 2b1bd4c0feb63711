import Foundation
import StatusgenModel

/// Formats instants in UTC as RSS dates (RFC 3339 text is `RFC3339`'s).
public enum UTCTimestampFormatter {
    private static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 0) ?? calendar.timeZone
        return calendar
    }()

    /// RFC 822 in UTC, as RSS wants it: "Tue, 24 Nov 2026 10:52:00 +0000".
    static func rfc822(_ date: Date) -> String {
        let parts = components(of: date)
        let weekday = EnglishCalendarNames.weekdays[((parts.weekday ?? 1) - 1) % 7]
        let month = EnglishCalendarNames.months[((parts.month ?? 1) - 1) % 12]
        return "\(weekday), \(pad(parts.day)) \(month) \(pad(parts.year, width: 4)) "
            + "\(pad(parts.hour)):\(pad(parts.minute)):\(pad(parts.second)) +0000"
    }

    private static func components(of date: Date) -> DateComponents {
        calendar.dateComponents([.year, .month, .day, .weekday, .hour, .minute, .second], from: date)
    }

    private static func pad(_ value: Int?, width: Int = 2) -> String {
        (value ?? 0).zeroPadded(width)
    }
}
