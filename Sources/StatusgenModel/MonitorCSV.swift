/// statusgen's canonical monitor CSV format, `timestamp,monitor,status,latency_ms`: the one place that
/// writes it, for `statusgen check`, the importers and the scaffold of a new site.
public enum MonitorCSV {
    /// The header line of the canonical format, without its line break.
    public static let header = "timestamp,monitor,status,latency_ms"

    /// The header line and one line per row, each ending in a line break.
    public static func render(_ rows: [MonitorResultRow]) -> String {
        var text = ""
        render(rows, header: true) { text += $0 }
        return text
    }

    /// Hands the lines to `write` in pieces of about `chunkBytes`, each ending at a line break, so that
    /// millions of rows are written without building one string of them all.
    public static func render(
        _ rows: [MonitorResultRow], header: Bool, chunkBytes: Int = 1 << 20, _ write: (String) throws -> Void
    ) rethrows {
        var text = header ? Self.header + "\n" : ""
        for row in rows {
            text += line(row)
            if text.utf8.count >= chunkBytes {
                try write(text)
                text = ""
            }
        }
        if !text.isEmpty { try write(text) }
    }

    /// One row with its line break: `2026-11-24T10:44:00Z,smtp-in-uk,up,41`.
    public static func line(_ row: MonitorResultRow) -> String {
        RFC3339.string(milliseconds: row.millisecondsSince1970) + "," + CSVEscaping.field(row.monitor) + ","
            + row.status.rawValue + "," + (row.latencyMs.map(number) ?? "") + "\n"
    }

    /// A latency with at most three decimals and no trailing zeros: `41`, `12.5`, `0.123`.
    public static func number(_ value: Double) -> String {
        let thousandths = Int64((value * 1000).rounded())
        let (whole, fraction) = thousandths.quotientAndRemainder(dividingBy: 1000)
        guard fraction != 0 else { return String(whole) }
        var decimals = Int(fraction).zeroPadded(3)
        while decimals.hasSuffix("0") { decimals.removeLast() }
        return "\(whole).\(decimals)"
    }
}
