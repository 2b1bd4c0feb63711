import Mustache
import StatusgenModel

/// An outage found in monitor results.
final class DetectedOutageViewModel: Sendable {
    /// "Outage detected by monitoring: smtp-in-uk, 12 min".
    let text: String
    /// The names of the components that use the monitor, joined: "Inbound mail (SMTP)".
    let componentNames: String
    let hasComponents: Bool
    /// From the first down check to the first check that was no longer down.
    let period: TimeRangeViewModel
    /// "12 down checks".
    let checks: String

    init(_ outage: DetectedOutage, _ context: RenderingContext) {
        let strings = context.strings
        let length =
            outage.end.map { DurationFormatter.format($0.timeIntervalSince(outage.start), strings) }
            ?? strings.text("ongoing")
        text = strings.text("outage_detected", ["monitor": outage.monitor, "duration": length])
        componentNames = outage.componentIDs.map(context.componentName).joined(separator: ", ")
        hasComponents = !outage.componentIDs.isEmpty
        period = TimeRangeViewModel(from: outage.start, to: outage.end, context)
        checks = strings.plural("down_checks", count: outage.checks)
    }
}

extension DetectedOutageViewModel: MustacheParent {
    /// The field a template names, as Mustache would find it by reflection: `nil` when there is none or it is `nil`.
    func child(named name: String) -> Any? {
        switch name {
        case "text": return self.text
        case "componentNames": return self.componentNames
        case "hasComponents": return self.hasComponents
        case "period": return self.period
        case "checks": return self.checks
        default: return nil
        }
    }
}
