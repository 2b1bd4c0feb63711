import StatusgenModel

/// An outage found in monitor results.
struct DetectedOutageViewModel {
    /// "Outage detected by monitoring: smtp-in-uk, 12 min".
    let text: String
    /// The names of the components that use the monitor, joined: "Inbound mail (SMTP)".
    let components: String
    let hasComponents: Bool
    let start: TimeViewModel
    /// The first check that was no longer down; `nil` while the outage goes on.
    let end: TimeViewModel?
    /// "12 down checks".
    let checks: String

    init(_ outage: DetectedOutage, _ context: RenderingContext) {
        let length = outage.end.map { DurationFormatter.format($0.timeIntervalSince(outage.start)) } ?? "ongoing"
        text = "Outage detected by monitoring: \(outage.monitor), \(length)"
        components = outage.componentIDs.map(context.componentName).joined(separator: ", ")
        hasComponents = !outage.componentIDs.isEmpty
        start = context.timeViewModel(outage.start)
        end = outage.end.map(context.timeViewModel)
        checks = outage.checks == 1 ? "1 down check" : "\(outage.checks) down checks"
    }
}
