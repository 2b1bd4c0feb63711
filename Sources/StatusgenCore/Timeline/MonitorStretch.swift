import StatusgenModel

/// A stretch of one monitor's time that its checks cover with one status: each check stands until the
/// next one, for at most the gap limit, and never past `now`. Stretches that follow each other without a
/// gap, with the same status and the same `sustained`, are one stretch.
public struct MonitorStretch: Sendable, Hashable {
    /// The start and end, in milliseconds since 1970 UTC (`start < end`).
    public var start: Int64
    public var end: Int64
    public var status: MonitorStatus
    /// Whether the checks are part of at least `outage_min_checks` consecutive checks with the status, and
    /// so count towards the colour of a day.
    public var sustained: Bool

    public init(start: Int64, end: Int64, status: MonitorStatus, sustained: Bool) {
        self.start = start
        self.end = end
        self.status = status
        self.sustained = sustained
    }
}
