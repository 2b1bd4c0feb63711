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

    /// The status as a plan, after a component's name: "will be under maintenance".
    var plannedWords: String {
        switch self {
        case .operational: "will stay operational"
        case .underMaintenance: "will be under maintenance"
        case .degradedPerformance: "will have degraded performance"
        case .partialOutage: "will have a partial outage"
        case .majorOutage: "will have a major outage"
        }
    }
}
