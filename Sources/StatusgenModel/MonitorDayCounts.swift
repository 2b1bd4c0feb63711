/// The rows of one monitor on one calendar day in the site's timezone: how many there were of each
/// status, and their response times.
public struct MonitorDayCounts: Sendable, Hashable {
    public var up: Int
    public var degraded: Int
    public var down: Int
    /// The response times of the rows that have one.
    public var latency: LatencyHistogram

    public init(up: Int = 0, degraded: Int = 0, down: Int = 0, latency: LatencyHistogram = LatencyHistogram()) {
        self.up = up
        self.degraded = degraded
        self.down = down
        self.latency = latency
    }

    /// Every row of the day.
    public var checks: Int { up + degraded + down }

    /// Adds the rows of `other`.
    public mutating func add(_ other: MonitorDayCounts) {
        up += other.up
        degraded += other.degraded
        down += other.down
        latency.add(other.latency)
    }
}
