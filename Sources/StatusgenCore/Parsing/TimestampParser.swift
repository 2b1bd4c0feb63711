import Foundation
import StatusgenModel

/// Parses the timestamps statusgen accepts: RFC 3339 (`2026-11-24T10:52:00Z`, any offset, `T` or a space)
/// and a wall-clock time in a named zone (`2026-11-24 12:30 Europe/London`, or `UTC`).
public enum TimestampParser {
    /// Why a timestamp could not be read; `description` is the message shown to the user.
    public enum Failure: Error, Equatable, CustomStringConvertible {
        case malformed(String)
        case unknownZone(String)
        case nonexistent(String, zone: String)
        case ambiguous(String, zone: String)

        public var description: String {
            switch self {
            case .malformed(let text):
                "'\(text)' is not a timestamp: use RFC 3339 such as 2026-11-24T10:52:00Z, or 2026-11-24 10:52 Europe/London"
            case .unknownZone(let zone):
                "unknown time zone '\(zone)': use an IANA name such as Europe/London, or UTC"
            case .nonexistent(let text, let zone):
                "'\(text)' does not exist in \(zone) (the clocks went forward): give the time with a UTC offset"
            case .ambiguous(let text, let zone):
                "'\(text)' happens twice in \(zone) (the clocks went back): give the time with a UTC offset"
            }
        }
    }

    /// Parses `text` as either accepted form.
    public static func parse(_ text: String) throws(Failure) -> Date {
        let parts = text.split(whereSeparator: \.isWhitespace)
        if parts.count == 3 {
            return try parseZoned(date: parts[0], time: parts[1], zoneName: String(parts[2]), original: text)
        }
        guard let seconds = parseRFC3339(text.utf8) else { throw .malformed(text) }
        return Date(timeIntervalSince1970: seconds)
    }

    /// Parses an RFC 3339 timestamp, returning seconds since 1970 UTC, or `nil` if malformed.
    public static func parseRFC3339<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> Double? {
        var reader = DigitReader(bytes)
        guard let year = reader.number(digits: 4), reader.skip(UInt8(ascii: "-")),
            let month = reader.number(digits: 2), reader.skip(UInt8(ascii: "-")),
            let day = reader.number(digits: 2),
            reader.skip(UInt8(ascii: "T")) || reader.skip(UInt8(ascii: "t")) || reader.skip(UInt8(ascii: " ")),
            let clock = reader.clock()
        else { return nil }
        let offset: Int
        if reader.skip(UInt8(ascii: "Z")) || reader.skip(UInt8(ascii: "z")) {
            offset = 0
        } else {
            let sign: Int
            if reader.skip(UInt8(ascii: "+")) {
                sign = 1
            } else if reader.skip(UInt8(ascii: "-")) {
                sign = -1
            } else {
                return nil
            }
            guard let hours = reader.number(digits: 2), reader.skip(UInt8(ascii: ":")),
                let minutes = reader.number(digits: 2), hours < 24, minutes < 60
            else { return nil }
            offset = sign * (hours * 3600 + minutes * 60)
        }
        guard reader.isAtEnd, let local = localSeconds(year: year, month: month, day: day, clock: clock)
        else { return nil }
        return local - Double(offset)
    }

    private static func parseZoned(date: Substring, time: Substring, zoneName: String, original: String)
        throws(Failure) -> Date
    {
        var dateReader = DigitReader(date.utf8)
        var timeReader = DigitReader(time.utf8)
        guard let year = dateReader.number(digits: 4), dateReader.skip(UInt8(ascii: "-")),
            let month = dateReader.number(digits: 2), dateReader.skip(UInt8(ascii: "-")),
            let day = dateReader.number(digits: 2), dateReader.isAtEnd,
            let clock = timeReader.clock(), timeReader.isAtEnd,
            let local = localSeconds(year: year, month: month, day: day, clock: clock)
        else { throw .malformed(original) }
        guard let zone = TimeZone(identifier: zoneName),
            zoneName.contains("/") || zoneName == "UTC" || zoneName == "GMT"
        else { throw .unknownZone(zoneName) }
        // A wall-clock time maps to the instants whose offset, applied back, gives that wall clock.
        let probes = [local - 86_400, local, local + 86_400]
        let offsets = Set(probes.map { zone.secondsFromGMT(for: Date(timeIntervalSince1970: $0)) })
        let candidates = Set(
            offsets.map { local - Double($0) }
                .filter { zone.secondsFromGMT(for: Date(timeIntervalSince1970: $0)) == Int(local - $0) })
        switch candidates.count {
        case 1: return Date(timeIntervalSince1970: candidates.first!)
        case 0: throw .nonexistent(original, zone: zoneName)
        default: throw .ambiguous(original, zone: zoneName)
        }
    }

    /// Seconds since 1970 of a wall-clock time read as if it were UTC, or `nil` when a field is out of range.
    private static func localSeconds(year: Int, month: Int, day: Int, clock: Clock) -> Double? {
        // Status pages speak of the years since 1970; anything else is a typo.
        guard (1970...9999).contains(year), (1...12).contains(month),
            (1...CivilTime.daysInMonth(year: year, month: month)).contains(day),
            clock.hour < 24, clock.minute < 60, clock.second < 61
        else { return nil }
        let days = CivilTime.daysSinceEpoch(year: year, month: month, day: day)
        let seconds = days * 86_400 + clock.hour * 3600 + clock.minute * 60 + min(clock.second, 59)
        return Double(seconds) + clock.fraction
    }

    struct Clock {
        var hour: Int
        var minute: Int
        var second: Int
        var fraction: Double
    }

    /// Reads fixed-width ASCII fields from bytes.
    struct DigitReader<Bytes: Collection<UInt8>> {
        private let bytes: Bytes
        private var index: Bytes.Index

        init(_ bytes: Bytes) {
            self.bytes = bytes
            self.index = bytes.startIndex
        }

        var isAtEnd: Bool { index == bytes.endIndex }

        mutating func skip(_ byte: UInt8) -> Bool {
            guard index != bytes.endIndex, bytes[index] == byte else { return false }
            bytes.formIndex(after: &index)
            return true
        }

        mutating func number(digits: Int) -> Int? {
            var value = 0
            for _ in 0..<digits {
                guard index != bytes.endIndex else { return nil }
                let byte = bytes[index]
                guard byte >= 48, byte <= 57 else { return nil }
                value = value * 10 + Int(byte - 48)
                bytes.formIndex(after: &index)
            }
            return value
        }

        /// `HH:MM`, `HH:MM:SS` or `HH:MM:SS.fff` (seconds may be left out, as people write times).
        mutating func clock() -> Clock? {
            guard let hour = number(digits: 2), skip(UInt8(ascii: ":")), let minute = number(digits: 2) else {
                return nil
            }
            guard skip(UInt8(ascii: ":")) else {
                return Clock(hour: hour, minute: minute, second: 0, fraction: 0)
            }
            guard let second = number(digits: 2) else { return nil }
            var fraction = 0.0
            if skip(UInt8(ascii: ".")) {
                var scale = 0.1
                var sawDigit = false
                while index != bytes.endIndex, bytes[index] >= 48, bytes[index] <= 57 {
                    fraction += Double(bytes[index] - 48) * scale
                    scale /= 10
                    sawDigit = true
                    bytes.formIndex(after: &index)
                }
                guard sawDigit else { return nil }
            }
            return Clock(hour: hour, minute: minute, second: second, fraction: fraction)
        }
    }
}
