import Mustache
import StatusgenModel

/// One monitor of a component, with its latest check.
final class MonitorViewModel: Sendable {
    let name: String
    /// The latest check's result: "Up", "Degraded", "Down"; "No results" when it has never reported.
    let resultText: String
    /// When the latest check ran; nothing when it has never reported.
    let latest: TimeViewModel?
    /// "41 ms", when the latest check got a response.
    let latency: String?
    /// Whether its latest check is older than `stale_after_minutes`, so that it no longer counts for the status.
    let isStale: Bool

    init(_ monitor: MonitorState, _ context: RenderingContext) {
        let strings = context.strings
        name = monitor.name
        resultText = strings.text(monitor.latest.map { "monitor_" + $0.status.rawValue } ?? "monitor_no_results")
        latest = monitor.latest.map { context.timeViewModel($0.time) }
        latency = monitor.latest?.latencyMs.map { strings.text("latency", ["milliseconds": "\(Int($0.rounded()))"]) }
        isStale = monitor.isStale
    }

}

extension MonitorViewModel: MustacheParent {
    /// The field a template names, as Mustache would find it by reflection: `nil` when there is none or it is `nil`.
    func child(named name: String) -> Any? {
        switch name {
        case "name": return self.name
        case "resultText": return self.resultText
        case "latest": return self.latest
        case "latency": return self.latency
        case "isStale": return self.isStale
        default: return nil
        }
    }
}
