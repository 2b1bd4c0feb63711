import StatusgenModel

extension Impact {
    /// The status an open incident of this impact puts the whole site in, as Statuspage maps an
    /// incident's impact to its page indicator: minor is degraded performance, major a partial
    /// outage, critical a major outage; `nil` for no impact.
    var indicatedStatus: ComponentStatus? {
        switch self {
        case .none: nil
        case .minor: .degradedPerformance
        case .major: .partialOutage
        case .critical: .majorOutage
        }
    }
}
