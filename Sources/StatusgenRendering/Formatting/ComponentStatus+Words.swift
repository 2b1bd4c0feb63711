import StatusgenModel

extension ComponentStatus {
    /// The status in words, as a sentence starts: "Partial outage".
    func words(_ strings: Strings) -> String {
        strings.text("status_" + rawValue)
    }

    /// The status as a badge says it, after its label: "partial outage".
    func badgeWords(_ strings: Strings) -> String {
        strings.text("badge_" + rawValue)
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
    func bannerPrefix(_ strings: Strings) -> String {
        strings.text("banner_" + rawValue)
    }

    /// The status as a plan, after a component's name: "will be under maintenance".
    func plannedWords(_ strings: Strings) -> String {
        strings.text("planned_" + rawValue)
    }

    /// The status as something over, after a component's name: "was under maintenance".
    func pastWords(_ strings: Strings) -> String {
        strings.text("past_" + rawValue)
    }
}
