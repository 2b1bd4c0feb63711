import StatusgenModel

extension MonitorResultRow {
    /// Rows in the order of the canonical file: by time, then by monitor name.
    static func canonicalOrder(_ lhs: MonitorResultRow, _ rhs: MonitorResultRow) -> Bool {
        if lhs.millisecondsSince1970 != rhs.millisecondsSince1970 {
            return lhs.millisecondsSince1970 < rhs.millisecondsSince1970
        }
        return lhs.monitor < rhs.monitor
    }

    /// Milliseconds for `seconds` since 1970, rounded to the nearest millisecond.
    static func milliseconds(_ seconds: Double) -> Int64 {
        Int64((seconds * 1000).rounded())
    }

    /// `milliseconds(seconds)` for a time in the years 1970 to 9999, which a monitor file can hold; `nil`
    /// for any other (or no) time.
    static func storableMilliseconds(_ seconds: Double) -> Int64? {
        guard seconds >= 0, seconds < 253_402_300_800 else { return nil }
        return milliseconds(seconds)
    }
}
