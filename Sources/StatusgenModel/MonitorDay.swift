import Foundation

/// One monitor on one calendar day: its rows and its time-weighted uptime.
public struct MonitorDay: Sendable, Hashable {
    public var day: CalendarDay
    /// Rows dated that day, of each status (several rows at one instant all count).
    public var up: Int
    public var degraded: Int
    public var down: Int
    /// Time-weighted uptime, maintenance counted like any other time; `nil` without covered time.
    public var uptime: Double?
    /// The median and 95th percentile response time of the day's rows that got a response.
    public var latencyP50Ms: Double?
    public var latencyP95Ms: Double?

    public init(
        day: CalendarDay, up: Int, degraded: Int, down: Int, uptime: Double?, latencyP50Ms: Double?,
        latencyP95Ms: Double?
    ) {
        self.day = day
        self.up = up
        self.degraded = degraded
        self.down = down
        self.uptime = uptime
        self.latencyP50Ms = latencyP50Ms
        self.latencyP95Ms = latencyP95Ms
    }

    /// Every row of the day.
    public var checks: Int { up + degraded + down }

    /// Whether the day has rows or time covered by a check.
    public var hasData: Bool { checks > 0 || uptime != nil }
}
