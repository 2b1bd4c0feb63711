import StatusgenModel

/// A component on the status page: its status, history bars and uptime.
struct ComponentViewModel {
    /// The component's id, which names its place on the page: `#component-ID`.
    let id: String
    let name: String
    let description: String?
    let status: StatusViewModel
    /// Present when a monitor's data is stale.
    let stale: StaleMonitorViewModel?
    /// One bar per day of the history, oldest first.
    let bars: [DayBarViewModel]
    /// Introduces the row of bars to screen readers: "Daily status of Inbound mail (SMTP) over the last 90 days".
    let barsLabel: String
    /// "90 days ago", under the first bar.
    let historyStart: String
    /// "99.95% uptime", "No monitoring data" or "Not monitored".
    let uptime: String
    /// The median response time per day, when the monitors report one.
    let latency: LatencySparklineViewModel?

    init(_ state: ComponentState, _ context: RenderingContext) {
        let component = state.component
        id = component.id
        name = component.name
        description = component.description.flatMap { $0.isEmpty ? nil : $0 }
        status = StatusViewModel(state.status)
        stale = state.hasStaleMonitor ? StaleMonitorViewModel(state.monitors, context) : nil
        bars = state.days.map { DayBarViewModel($0, isMonitored: !state.component.monitors.isEmpty, context) }
        let days = state.days.count == 1 ? "1 day" : "\(state.days.count) days"
        barsLabel = "Daily status of \(component.name) over the last \(days)"
        historyStart = "\(days) ago"
        if let fraction = state.uptime {
            uptime = "\(PercentFormatter.format(fraction)) uptime"
        } else {
            uptime = component.monitors.isEmpty ? "Not monitored" : "No monitoring data"
        }
        latency = LatencySparklineViewModel(state)
    }
}
