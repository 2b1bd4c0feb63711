import StatusgenModel

/// Writes rows in statusgen's canonical monitor CSV format.
public enum MonitorCSV {
    /// The header line of the canonical format, without its line break.
    public static let header = "timestamp,monitor,status,latency_ms"

    /// The header line and one line per row, each ending in a line break.
    public static func render(_ rows: [MonitorRow]) -> String {
        var text = ""
        render(rows, header: true) { text += $0 }
        return text
    }

    /// Hands the lines to `write` in pieces of about `chunkBytes`, each ending at a line break, so that
    /// millions of rows are written without building one string of them all.
    public static func render(
        _ rows: [MonitorRow], header: Bool, chunkBytes: Int = 1 << 20, _ write: (String) throws -> Void
    ) rethrows {
        var text = header ? Self.header + "\n" : ""
        for row in rows {
            text += timestamp(row.millisecondsSince1970) + "," + CSVEscaping.field(row.monitor) + ","
            text += row.status.rawValue + ","
            if let latency = row.latencyMs { text += number(latency) }
            text += "\n"
            if text.utf8.count >= chunkBytes {
                try write(text)
                text = ""
            }
        }
        if !text.isEmpty { try write(text) }
    }

    /// RFC 3339 in UTC, with milliseconds only when there are some: `2025-01-02T03:04:05Z`, `...05.120Z`.
    static func timestamp(_ milliseconds: Int64) -> String {
        let (seconds, millis) = Int(milliseconds).quotientAndRemainder(dividingBy: 1000)
        let adjustedSeconds = millis < 0 ? seconds - 1 : seconds
        let fraction = millis < 0 ? millis + 1000 : millis
        let (days, secondOfDay) = adjustedSeconds.quotientAndRemainder(dividingBy: 86_400)
        let day = secondOfDay < 0 ? days - 1 : days
        let second = secondOfDay < 0 ? secondOfDay + 86_400 : secondOfDay
        let date = CivilTime.date(daysSinceEpoch: day)
        var text = "\(date.year.zeroPadded(4))-\(date.month.zeroPadded(2))-\(date.day.zeroPadded(2))"
        text += "T\((second / 3600).zeroPadded(2)):\((second / 60 % 60).zeroPadded(2)):\((second % 60).zeroPadded(2))"
        if fraction != 0 { text += "." + fraction.zeroPadded(3) }
        return text + "Z"
    }

    /// A latency with at most three decimals and no trailing zeros: `41`, `12.5`, `0.123`.
    static func number(_ value: Double) -> String {
        let thousandths = Int64((value * 1000).rounded())
        let (whole, fraction) = thousandths.quotientAndRemainder(dividingBy: 1000)
        guard fraction != 0 else { return String(whole) }
        var decimals = Int(fraction).zeroPadded(3)
        while decimals.hasSuffix("0") { decimals.removeLast() }
        return "\(whole).\(decimals)"
    }
}
