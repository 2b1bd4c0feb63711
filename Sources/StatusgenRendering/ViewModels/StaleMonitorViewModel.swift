import Mustache
import StatusgenModel

/// The note under a component whose monitoring data is stale.
final class StaleMonitorViewModel: Sendable {
    /// The oldest latest check among the stale monitors; `nil` when none has ever reported.
    let since: TimeViewModel?

    init(_ monitors: [MonitorState], _ context: RenderingContext) {
        let latest = monitors.filter(\.isStale).compactMap { $0.latest?.time }.min()
        since = latest.map(context.timeViewModel)
    }
}

extension StaleMonitorViewModel: MustacheParent {
    /// The field a template names, as Mustache would find it by reflection: `nil` when there is none or it is `nil`.
    func child(named name: String) -> Any? {
        switch name {
        case "since": return self.since
        default: return nil
        }
    }
}
