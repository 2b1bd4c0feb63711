import Foundation
import StatusgenModel

/// Formats instants for display in the site's timezone, such as "24 Nov 2026, 10:52 GMT".
///
/// Formatting is done by hand from a Gregorian calendar in an explicit zone, with the patterns and
/// month names of the site's strings, never with the machine's locale or zone, so that output is
/// byte-identical on any machine.
struct SiteTimeFormatter: Sendable {
    let timeZone: TimeZone
    private let calendar: Calendar
    private let zoneNames: ZoneNames
    private let strings: Strings

    /// A formatter for `timeZone`, naming the zone as it is named around `reference` (the build's moment),
    /// in the words and patterns of `strings`.
    init(timeZone: TimeZone, around reference: Date, _ strings: Strings) {
        self.timeZone = timeZone
        self.strings = strings
        self.zoneNames = ZoneNames(timeZone: timeZone, around: reference)
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        self.calendar = calendar
    }

    /// The zone and its names around the build's moment, in one line: two builds whose fingerprints are
    /// equal format every instant alike (with the same strings).
    var fingerprint: String {
        timeZone.identifier + ";" + zoneNames.fingerprint
    }

    /// The date and time with the zone's abbreviation: "24 Nov 2026, 10:52 GMT".
    func dateTime(_ date: Date) -> String {
        strings.text("date_time", ["date": day(date), "time": time(date)])
    }

    /// The time of day with the zone's abbreviation: "10:52 GMT".
    func time(_ date: Date) -> String {
        let parts = calendar.dateComponents([.hour, .minute], from: date)
        return strings.text(
            "time", ["hour": pad(parts.hour), "minute": pad(parts.minute), "zone": zoneAbbreviation(for: date)])
    }

    /// The calendar day: "24 Nov 2026", and the first of a month as the language writes it ("1er nov. 2026").
    func day(_ date: Date) -> String {
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        let month = strings.text("month_\(parts.month ?? 1)")
        let day = parts.day.map { $0 == 1 ? strings.text("first_of_month") : String($0) } ?? "1"
        return strings.text("date", ["day": day, "month": month, "year": String(parts.year ?? 0)])
    }

    /// Whether two instants fall on the same calendar day in the site's zone.
    func isSameDay(_ first: Date, _ second: Date) -> Bool {
        calendar.isDate(first, inSameDayAs: second)
    }

    /// The zone's short name at `date`, such as "GMT", "BST" or "EDT".
    func zoneAbbreviation(for date: Date) -> String {
        zoneNames.name(at: date)
    }

    private func pad(_ value: Int?) -> String {
        (value ?? 0).zeroPadded(2)
    }
}
