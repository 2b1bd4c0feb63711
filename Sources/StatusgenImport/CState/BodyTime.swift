import Foundation
import StatusgenModel

/// A date and time written at the start of a line of an update's text, in the forms status pages use:
/// `2026-08-13 17:54 UTC`, `2026-08-13T17:54:00+02:00`, `13 Aug 2026 17:54 UTC`, `August 13, 2026 at 5:54 PM
/// GMT`, or a time alone (`17:54 UTC`), which takes the issue's day.
struct BodyTime {
    /// Seconds since 1970 UTC.
    var seconds: Int64
    /// No zone was written: read as UTC.
    var hadNoZone: Bool
    /// A time alone, dated with the issue's day.
    var hadNoDate: Bool
    /// How many UTF-16 units of the text the time took.
    var length: Int

    private static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    private static let zoneOffsets: [String: Int] = [
        "z": 0, "utc": 0, "gmt": 0, "cet": 60, "cest": 120, "bst": 60, "est": -300, "edt": -240, "cst": -360,
        "cdt": -300, "pst": -480, "pdt": -420, "msk": 180, "aest": 600, "jst": 540,
    ]
    private static let weekday = #"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?"#
    private static let clock = #"(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*([ap]\.?m\.?)?"#
    private static let zone =
        #"(?:\s*\(?((?:utc|gmt) ?[+-](?:1[0-4]|0?\d)(?::?[0-5]\d)?(?!\d|:\d|\s*(?:utc|gmt)\b)|z|utc|gmt|[+-]\d{2}:?\d{2}|cest|cet|bst|est|edt|cst|cdt|pst|pdt|msk|aest|jst)\)?(?![a-z]))?"#
    private static let month = #"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"#
    // Each pattern captures year, month, day, hour, minute, second, am/pm and zone, in an order given below.
    private static let forms: [(NSRegularExpression, [Int])] = [
        (
            #"\#(weekday)(\d{4})-(\d{1,2})-(\d{1,2})(?:t|\s+|,\s*)(?:at\s+)?\#(clock)\#(zone)"#,
            [1, 2, 3, 4, 5, 6, 7, 8]
        ),
        (
            #"\#(weekday)(\d{1,2})(?:st|nd|rd|th)?\s+\#(month),?\s+(\d{4}),?\s+(?:at\s+|-\s+)?\#(clock)\#(zone)"#,
            [3, 2, 1, 4, 5, 6, 7, 8]
        ),
        (
            #"\#(weekday)\#(month)\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4}),?\s+(?:at\s+|-\s+)?\#(clock)\#(zone)"#,
            [3, 1, 2, 4, 5, 6, 7, 8]
        ),
        (#"\#(clock)\#(zone)"#, [0, 0, 0, 1, 2, 3, 4, 5]),
    ].map { pattern, order in
        // The patterns are constants of this file: a failure here is a mistake in them, found by any test.
        (try! NSRegularExpression(pattern: "^" + pattern, options: [.caseInsensitive]), order)
    }

    /// The time at the start of `text`, or `nil`; `day` is the issue's day (seconds since 1970 at midnight UTC),
    /// for a time written alone.
    static func read(_ text: String, day: Int64) -> BodyTime? {
        let string = text as NSString
        for (expression, order) in forms {
            guard let match = expression.firstMatch(in: text, range: NSRange(location: 0, length: string.length))
            else { continue }
            func group(_ index: Int) -> String? {
                guard index > 0, match.range(at: index).location != NSNotFound else { return nil }
                return string.substring(with: match.range(at: index)).lowercased()
            }
            var date: (year: Int, month: Int, day: Int)
            if order[0] == 0 {
                let civil = CivilTime.date(daysSinceEpoch: Int(day / 86_400))
                date = (civil.year, civil.month, civil.day)
            } else {
                guard let year = group(order[0]).flatMap({ Int($0) }), let monthText = group(order[1]),
                    let dayNumber = group(order[2]).flatMap({ Int($0) })
                else { continue }
                let month = Int(monthText) ?? (months.firstIndex(of: String(monthText.prefix(3))).map { $0 + 1 } ?? 0)
                date = (year, month, dayNumber)
            }
            guard (1970...9999).contains(date.year), (1...12).contains(date.month),
                (1...CivilTime.daysInMonth(year: date.year, month: date.month)).contains(date.day),
                var hour = group(order[3]).flatMap({ Int($0) }), let minute = group(order[4]).flatMap({ Int($0) }),
                minute < 60
            else { continue }
            let second = group(order[5]).flatMap { Int($0) } ?? 0
            if let half = group(order[6]) {
                guard (1...12).contains(hour) else { continue }
                hour = hour % 12 + (half.hasPrefix("p") ? 12 : 0)
            }
            guard hour < 24, second < 61 else { continue }
            let zone = group(order[7])
            guard let offset = zone.map(minutes(ofZone:)) ?? 0 else { continue }
            let days = Int64(CivilTime.daysSinceEpoch(year: date.year, month: date.month, day: date.day))
            let seconds = days * 86_400 + Int64(hour * 3600 + minute * 60 + min(second, 59)) - Int64(offset * 60)
            return BodyTime(
                seconds: seconds, hadNoZone: zone == nil, hadNoDate: order[0] == 0, length: match.range.length)
        }
        return nil
    }

    /// Every time written in `text`, wherever it stands ("back online at 13:00 UTC"), in the text's order.
    static func all(in text: String, day: Int64) -> [BodyTime] {
        var times: [BodyTime] = []
        var previous: Character = " "
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if character.isNumber || character.isLetter, !previous.isNumber, !previous.isLetter,
                let time = read(String(text[index...].prefix(80)), day: day)
            {
                times.append(time)
                index = text.utf16.index(index, offsetBy: time.length)
                previous = " "
                continue
            }
            previous = character
            index = text.index(after: index)
        }
        return times
    }

    /// The zone's offset from UTC in minutes, or `nil` for a zone not known.
    private static func minutes(ofZone text: String) -> Int? {
        let compact = text.filter { !$0.isWhitespace }
        if let offset = zoneOffsets[compact] { return offset }
        var rest = Substring(compact)
        if rest.hasPrefix("utc") || rest.hasPrefix("gmt") { rest = rest.dropFirst(3) }
        guard let sign = rest.first, sign == "+" || sign == "-" else { return nil }
        let digits = rest.dropFirst().replacingOccurrences(of: ":", with: "")
        guard let value = Int(digits) else { return nil }
        let minutes = digits.count <= 2 ? value * 60 : (value / 100) * 60 + value % 100
        return sign == "+" ? minutes : -minutes
    }
}
