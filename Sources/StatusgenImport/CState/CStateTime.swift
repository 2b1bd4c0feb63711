import StatusgenModel

/// Reads the times cState sites hold, which are often written by hand: `2018-06-13 15:54:00`,
/// `2024-12-27T09:43:40.482Z`, `2025-04-24T7:30:00-00:00`, `'2024-10-06 21:00:00Z'`, `2019-10-04`.
struct CStateTime: Equatable {
    /// Seconds since 1970 UTC.
    var seconds: Double
    /// The text had no zone, so it was read as UTC (as cState's own documentation asks).
    var hadNoZone: Bool
    /// The text was not in RFC 3339 form (digits without their leading zero, a date alone, a space
    /// before the zone), so the reading is worth a look.
    var wasIrregular: Bool
    /// The text was a time alone, dated with the day.
    var hadNoDate = false

    /// The time in `text`, or `nil` when it is not a time.
    static func parse(_ text: String) -> CStateTime? {
        var reader = Reader(Array(text.trimmingSpaces().utf8))
        var irregular = false
        guard let year = reader.digits(4...4), reader.skip("-"),
            let month = reader.digits(1...2, irregular: &irregular), reader.skip("-"),
            let day = reader.digits(1...2, irregular: &irregular),
            (1...12).contains(month), (1...CivilTime.daysInMonth(year: year, month: month)).contains(day),
            (1970...9999).contains(year)
        else { return nil }
        var seconds = Double(CivilTime.daysSinceEpoch(year: year, month: month, day: day) * 86_400)
        guard !reader.isAtEnd else {
            return CStateTime(seconds: seconds, hadNoZone: true, wasIrregular: true)
        }
        guard reader.skip("T") || reader.skip("t") || reader.skip(" "),
            let hour = reader.digits(1...2, irregular: &irregular), reader.skip(":"),
            let minute = reader.digits(2...2), hour < 24, minute < 60
        else { return nil }
        seconds += Double(hour * 3600 + minute * 60)
        if reader.skip(":") {
            guard let second = reader.digits(2...2), second < 61 else { return nil }
            seconds += Double(min(second, 59))
            if reader.skip(".") {
                var scale = 0.1
                guard let first = reader.digit() else { return nil }
                seconds += Double(first) * scale
                while let digit = reader.digit() {
                    scale /= 10
                    seconds += Double(digit) * scale
                }
            }
        }
        if reader.skip(" ") { irregular = true }
        if reader.isAtEnd { return CStateTime(seconds: seconds, hadNoZone: true, wasIrregular: irregular) }
        if reader.skip("Z") || reader.skip("z") || reader.skipWord("UTC") || reader.skipWord("GMT") {
            guard reader.isAtEnd else { return nil }
            return CStateTime(seconds: seconds, hadNoZone: false, wasIrregular: irregular)
        }
        let sign: Double
        if reader.skip("+") {
            sign = 1
        } else if reader.skip("-") {
            sign = -1
        } else {
            return nil
        }
        guard let hours = reader.digits(2...2), hours < 24 else { return nil }
        var minutes = 0
        if reader.skip(":") || !reader.isAtEnd {
            guard let value = reader.digits(2...2), value < 60 else { return nil }
            minutes = value
        }
        guard reader.isAtEnd else { return nil }
        seconds -= sign * Double(hours * 3600 + minutes * 60)
        return CStateTime(seconds: seconds, hadNoZone: false, wasIrregular: irregular)
    }

    private struct Reader {
        let bytes: [UInt8]
        var index = 0

        init(_ bytes: [UInt8]) {
            self.bytes = bytes
        }

        var isAtEnd: Bool { index == bytes.count }

        mutating func skip(_ character: Unicode.Scalar) -> Bool {
            guard index < bytes.count, bytes[index] == UInt8(character.value) else { return false }
            index += 1
            return true
        }

        mutating func skipWord(_ word: String) -> Bool {
            let wordBytes = Array(word.utf8)
            guard bytes[index...].starts(with: wordBytes) else { return false }
            index += wordBytes.count
            return true
        }

        mutating func digit() -> Int? {
            guard index < bytes.count, bytes[index] >= 48, bytes[index] <= 57 else { return nil }
            index += 1
            return Int(bytes[index - 1] - 48)
        }

        mutating func digits(_ widths: ClosedRange<Int>) -> Int? {
            var irregular = false
            return digits(widths, irregular: &irregular)
        }

        /// A number of `widths` digits; one shorter than the widest sets `irregular`.
        mutating func digits(_ widths: ClosedRange<Int>, irregular: inout Bool) -> Int? {
            var value = 0
            var count = 0
            while count < widths.upperBound, let digit = digit() {
                value = value * 10 + digit
                count += 1
            }
            guard widths.contains(count) else { return nil }
            if count < widths.upperBound { irregular = true }
            return value
        }
    }
}

extension String {
    /// The text without leading and trailing spaces and tabs.
    func trimmingSpaces() -> String {
        var text = Substring(self)
        while text.first == " " || text.first == "\t" { text.removeFirst() }
        while text.last == " " || text.last == "\t" { text.removeLast() }
        return String(text)
    }
}
