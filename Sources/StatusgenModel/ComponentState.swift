/// A component's current state and history.
public struct ComponentState: Sendable {
    public var component: Component
    /// The current status: the worst of open incidents, active maintenance and fresh monitor results.
    public var status: ComponentStatus
    /// The monitors' latest results, one per configured monitor, in configuration order.
    public var monitors: [MonitorState]
    /// One entry per day of the history, oldest first, aligned with `Timeline.days`.
    public var days: [ComponentDay]
    /// Time-weighted uptime over the days of the uptime bars, `nil` when there is no monitor data.
    public var uptime: Double?
    /// Time-weighted uptime over the last 30 and 90 days (today included), `nil` without monitor data.
    public var uptime30Days: Double?
    public var uptime90Days: Double?
    /// Every month from the first with monitor results or incidents (at most 36 months back) to the current one, oldest first.
    public var months: [ComponentMonth]

    public init(
        component: Component, status: ComponentStatus, monitors: [MonitorState], days: [ComponentDay],
        uptime: Double?, uptime30Days: Double? = nil, uptime90Days: Double? = nil, months: [ComponentMonth] = []
    ) {
        self.component = component
        self.status = status
        self.monitors = monitors
        self.days = days
        self.uptime = uptime
        self.uptime30Days = uptime30Days
        self.uptime90Days = uptime90Days
        self.months = months
    }

    public var id: String { component.id }

    /// Whether any of the component's monitors has results older than the stale limit.
    public var hasStaleMonitor: Bool { monitors.contains { $0.isStale } }
}
