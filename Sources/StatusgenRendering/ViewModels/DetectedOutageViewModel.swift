import StatusgenModel

/// An outage found in monitor results.
struct DetectedOutageViewModel {
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
        let length = outage.end.map { DurationFormatter.format($0.timeIntervalSince(outage.start)) } ?? "ongoing"
        text = "Outage detected by monitoring: \(outage.monitor), \(length)"
        componentNames = outage.componentIDs.map(context.componentName).joined(separator: ", ")
        hasComponents = !outage.componentIDs.isEmpty
        period = TimeRangeViewModel(from: outage.start, to: outage.end, context)
        checks = outage.checks == 1 ? "1 down check" : "\(outage.checks) down checks"
    }
}
