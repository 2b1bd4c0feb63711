/// A component's current state and history.
public struct ComponentState: Sendable {
    public var component: Component
    /// The current status: the worst of open incidents, active maintenance and fresh monitor results.
    public var status: ComponentStatus
    /// The monitors' latest results, one per configured monitor, in configuration order.
    public var monitors: [MonitorState]
    /// One entry per day of the history, oldest first, aligned with `Timeline.days`.
    public var days: [ComponentDay]
    /// Time-weighted uptime over the whole history, `nil` when there is no monitor data.
    public var uptime: Double?

    public init(
        component: Component, status: ComponentStatus, monitors: [MonitorState], days: [ComponentDay],
        uptime: Double?
    ) {
        self.component = component
        self.status = status
        self.monitors = monitors
        self.days = days
        self.uptime = uptime
    }

    public var id: String { component.id }

    /// Whether any of the component's monitors has results older than the stale limit.
    public var hasStaleMonitor: Bool { monitors.contains { $0.isStale } }
}
