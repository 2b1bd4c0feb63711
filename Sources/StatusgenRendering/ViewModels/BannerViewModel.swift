import StatusgenModel

/// The one sentence at the top of the status page: the worst current state and who has it.
struct BannerViewModel {
    /// "All systems operational", or "Major outage: Inbound mail (SMTP), Webmail".
    let text: String
    let status: StatusViewModel

    init(_ timeline: Timeline) {
        let worst = timeline.overallStatus
        status = StatusViewModel(worst)
        let names = timeline.components.filter { $0.status == worst }.map(\.component.name)
        if worst == .operational || names.isEmpty {
            text = ComponentStatus.operational.bannerPrefix
        } else {
            text = "\(worst.bannerPrefix): \(names.joined(separator: ", "))"
        }
    }
}
