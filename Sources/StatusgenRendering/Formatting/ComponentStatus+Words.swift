import StatusgenModel

extension ComponentStatus {
    /// The status in words, as a sentence starts: "Partial outage".
    var words: String {
        switch self {
        case .operational: "Operational"
        case .underMaintenance: "Under maintenance"
        case .degradedPerformance: "Degraded performance"
        case .partialOutage: "Partial outage"
        case .majorOutage: "Major outage"
        }
    }

    /// The name templates and style sheets use for the status: "partial-outage".
    var className: String {
        switch self {
        case .operational: "operational"
        case .underMaintenance: "maintenance"
        case .degradedPerformance: "degraded"
        case .partialOutage: "partial-outage"
        case .majorOutage: "major-outage"
        }
    }

    /// What the banner says when this is the worst status, before the components' names.
    var bannerPrefix: String {
        switch self {
        case .operational: "All systems operational"
        case .underMaintenance: "Maintenance in progress"
        case .degradedPerformance: "Degraded performance"
        case .partialOutage: "Partial outage"
        case .majorOutage: "Major outage"
        }
    }
}
