import Mustache
import StatusgenModel

/// A component on the status page: its status, history bars and uptime.
final class ComponentViewModel: Sendable {
    /// The component's id, which names its place on the page: `#component-ID`.
    let id: String
    /// Its page, from the site root: "components/ID.html".
    let path: String
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
        path = RenderingContext.path(ofComponent: component.id)
        name = component.name
        description = component.description.flatMap { $0.isEmpty ? nil : $0 }
        status = StatusViewModel(state.status, context.strings)
        stale = state.hasStaleMonitor ? StaleMonitorViewModel(state.monitors, context) : nil
        bars = state.days.map { DayBarViewModel($0, isMonitored: !state.component.monitors.isEmpty, context) }
        let strings = context.strings
        barsLabel = strings.plural("bars_label", count: state.days.count, ["component": component.name])
        historyStart = strings.plural("days_ago", count: state.days.count)
        if let fraction = state.uptime {
            uptime = strings.text("uptime", ["percent": PercentFormatter.format(fraction, strings)])
        } else {
            uptime = strings.text(component.monitors.isEmpty ? "not_monitored" : "no_monitoring_data")
        }
        latency = LatencySparklineViewModel(state, strings)
    }
}

extension ComponentViewModel: MustacheParent {
    /// The field a template names, as Mustache would find it by reflection: `nil` when there is none or it is `nil`.
    func child(named name: String) -> Any? {
        switch name {
        case "id": return self.id
        case "path": return self.path
        case "name": return self.name
        case "description": return self.description
        case "status": return self.status
        case "stale": return self.stale
        case "bars": return self.bars
        case "barsLabel": return self.barsLabel
        case "historyStart": return self.historyStart
        case "uptime": return self.uptime
        case "latency": return self.latency
        default: return nil
        }
    }
}
