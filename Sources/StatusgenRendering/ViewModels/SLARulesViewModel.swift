import StatusgenModel

/// The rules of the SLA report, as the page states them.
struct SLARulesViewModel {
    /// Whether maintenance windows are left out of the measured time (`sla: exclude_maintenance`).
    let excludesMaintenance: Bool
    /// How long one check stands at most: "10 minutes".
    let gapLimit: String

    init(_ config: SiteConfig) {
        excludesMaintenance = config.sla.excludeMaintenance
        let minutes = config.monitoring.gapLimit / 60
        let number = minutes == minutes.rounded() ? "\(Int(minutes))" : "\(minutes)"
        gapLimit = number == "1" ? "1 minute" : "\(number) minutes"
    }
}
