import StatusgenModel

/// The page's overall state in Statuspage's terms: `status.indicator` and its description.
///
/// As Statuspage rolls a page up, the indicator is the worst of the open incidents' impacts and of
/// what the components' statuses stand for: a degraded or partly out component is `minor`, a component
/// in major outage `major`, and every component in major outage `critical`. Only the documented values
/// none, minor, major and critical are used; a maintenance in progress with nothing else wrong is
/// `none`, described as "Service Under Maintenance".
struct StatuspageIndicator {
    /// none, minor, major or critical.
    let indicator: Impact
    /// "All Systems Operational", "Minor Service Outage", "Partial System Outage", "Major Service Outage"
    /// or "Service Under Maintenance".
    let description: String

    init(_ timeline: Timeline) {
        let statuses = timeline.components.map(\.status)
        var worst = Impact.none
        for item in timeline.incidents where item.phase == .active {
            worst = max(worst, item.incident.impact)
        }
        for status in statuses {
            switch status {
            case .degradedPerformance, .partialOutage: worst = max(worst, .minor)
            case .majorOutage: worst = max(worst, .major)
            case .operational, .underMaintenance: break
            }
        }
        if !statuses.isEmpty, statuses.allSatisfy({ $0 == .majorOutage }) { worst = .critical }
        indicator = worst
        // A maintenance in progress with nothing worse going on.
        let isMaintenance =
            statuses.contains(.underMaintenance) || timeline.incidents.contains { $0.phase == .inProgress }
        description =
            switch worst {
            case .none: isMaintenance ? "Service Under Maintenance" : "All Systems Operational"
            case .minor: "Minor Service Outage"
            case .major: "Partial System Outage"
            case .critical: "Major Service Outage"
            }
    }

    /// `{"indicator": ..., "description": ...}`.
    var json: JSONValue {
        .object([("indicator", .string(indicator.rawValue)), ("description", .string(description))])
    }
}
