import StatusgenModel

/// One check converted from another tool, as it will be written to a monitor CSV file.
public struct MonitorRow: Hashable, Sendable {
    /// The time of the check, in milliseconds since 1970 UTC.
    public var millisecondsSince1970: Int64
    public var monitor: String
    public var status: MonitorStatus
    /// The response time in milliseconds, `nil` when the check got no response.
    public var latencyMs: Double?

    public init(millisecondsSince1970: Int64, monitor: String, status: MonitorStatus, latencyMs: Double? = nil) {
        self.millisecondsSince1970 = millisecondsSince1970
        self.monitor = monitor
        self.status = status
        self.latencyMs = latencyMs
    }

    /// Rows in the order of the canonical file: by time, then by monitor name.
    static func canonicalOrder(_ lhs: MonitorRow, _ rhs: MonitorRow) -> Bool {
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
