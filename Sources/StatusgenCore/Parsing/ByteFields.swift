import StatusgenModel

/// Reads the values of monitor rows straight from bytes, without making a String or a Date.
enum ByteFields {
    private static let powersOfTen: [Double] = (0...22).map { exponent in
        (0..<exponent).reduce(1.0) { value, _ in value * 10 }
    }

    /// An RFC 3339 timestamp of its own, as `timestamp(_:from:to:lastDate:)` reads it.
    static func timestamp(_ bytes: UnsafeBufferPointer<UInt8>, from position: Int, to end: Int)
        -> (milliseconds: Int64, end: Int)?
    {
        var lastDate = (date: -1, days: 0)
        return timestamp(bytes, from: position, to: end, lastDate: &lastDate)
    }

    /// An RFC 3339 timestamp starting at `position` (`2026-11-24T10:44:00Z`, `T`, `t` or a space between
    /// date and time, seconds optional, any fraction, `Z` or an offset) as milliseconds since 1970 UTC,
    /// with the position after it; `nil` if malformed. Fractions finer than a millisecond are dropped.
    /// `lastDate` remembers the last date's day number between calls.
    @inline(__always)
    static func timestamp(
        _ bytes: UnsafeBufferPointer<UInt8>, from position: Int, to end: Int, lastDate: inout (date: Int, days: Int)
    ) -> (milliseconds: Int64, end: Int)? {
        var index = position
        @inline(__always) func digits(_ count: Int) -> Int? {
            guard index + count <= end else { return nil }
            var value = 0
            for offset in 0..<count {
                let digit = Int(bytes[index + offset]) &- 48
                guard digit >= 0 && digit <= 9 else { return nil }
                value = value * 10 + digit
            }
            index += count
            return value
        }
        @inline(__always) func skip(_ byte: UInt8) -> Bool {
            guard index < end, bytes[index] == byte else { return false }
            index += 1
            return true
        }
        guard let year = digits(4), skip(45), let month = digits(2), skip(45), let day = digits(2), index < end
        else { return nil }
        let separator = bytes[index]
        guard separator == 84 || separator == 116 || separator == 32 else { return nil }
        index += 1
        guard let hour = digits(2), skip(58), let minute = digits(2) else { return nil }
        var second = 0
        var millisecond = 0
        if skip(58) {
            guard let value = digits(2) else { return nil }
            second = value
            if skip(46) {
                var scale = 100
                let first = index
                while index < end, bytes[index] >= 48, bytes[index] <= 57 {
                    millisecond += Int(bytes[index] - 48) * scale
                    scale /= 10
                    index += 1
                }
                guard index > first else { return nil }
            }
        }
        guard index < end else { return nil }
        var offset = 0
        switch bytes[index] {
        case 90, 122:
            index += 1
        case 43, 45:
            let sign = bytes[index] == 43 ? 1 : -1
            index += 1
            guard let hours = digits(2), skip(58), let minutes = digits(2), hours < 24, minutes < 60 else {
                return nil
            }
            offset = sign * (hours * 3600 + minutes * 60)
        default:
            return nil
        }
        guard (1970...9999).contains(year), (1...12).contains(month),
            day >= 1, day <= CivilTime.daysInMonth(year: year, month: month),
            hour < 24, minute < 60, second < 61
        else { return nil }
        // Rows come mostly in time order: the date is usually the one of the row before.
        let date = year &* 10_000 &+ month &* 100 &+ day
        let days: Int
        if date == lastDate.date {
            days = lastDate.days
        } else {
            days = CivilTime.daysSinceEpoch(year: year, month: month, day: day)
            lastDate = (date, days)
        }
        let seconds = days * 86_400 + hour * 3600 + minute * 60 + min(second, 59) - offset
        return (Int64(seconds) * 1000 + Int64(millisecond), index)
    }

    /// A status word, exactly as written in the format.
    @inline(__always)
    static func status(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> MonitorStatus? {
        switch end - start {
        case 2:
            return bytes[start] == 117 && bytes[start + 1] == 112 ? .up : nil
        case 4:
            return bytes[start] == 100 && bytes[start + 1] == 111 && bytes[start + 2] == 119 && bytes[start + 3] == 110
                ? .down : nil
        case 8:
            let word: [UInt8] = [100, 101, 103, 114, 97, 100, 101, 100]
            for offset in 0..<8 where bytes[start + offset] != word[offset] { return nil }
            return .degraded
        default:
            return nil
        }
    }

    /// A latency in plain decimal notation (`41`, `950.5`) with at most 15 digits; `nil` for anything
    /// else, which the caller reads the slow way.
    @inline(__always)
    static func plainDecimal(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Double? {
        guard start < end, end - start <= 16 else { return nil }
        var mantissa: Int64 = 0
        var fractionDigits = -1
        var digitCount = 0
        for index in start..<end {
            let byte = bytes[index]
            if byte == 46 {
                guard fractionDigits < 0 else { return nil }
                fractionDigits = 0
                continue
            }
            let digit = Int64(byte) &- 48
            guard digit >= 0 && digit <= 9 else { return nil }
            mantissa = mantissa * 10 + digit
            digitCount += 1
            if fractionDigits >= 0 { fractionDigits += 1 }
        }
        guard digitCount > 0, digitCount <= 15, fractionDigits != 0 else { return nil }
        // Both exact in a Double, so the division rounds correctly, as parsing the text would.
        return fractionDigits > 0 ? Double(mantissa) / powersOfTen[fractionDigits] : Double(mantissa)
    }
}
