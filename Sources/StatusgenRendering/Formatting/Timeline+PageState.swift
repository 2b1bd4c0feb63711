import StatusgenModel

extension TimelineIncident {
    /// The state an open incident puts the whole page in, as its impact maps to a status
    /// (`Impact.indicatedStatus`); a maintenance in progress stands for `under_maintenance`, whatever
    /// its impact. `nil` when it is not open or has no impact.
    var pageStatus: ComponentStatus? {
        guard isOpen else { return nil }
        return incident.kind == .maintenance ? .underMaintenance : incident.impact.indicatedStatus
    }
}

extension Timeline {
    /// The page's state as its banner says it: the worst of the components' statuses and of what the
    /// open incidents stand for.
    var pageState: ComponentStatus {
        max(overallStatus, incidents.compactMap(\.pageStatus).max() ?? .operational)
    }
}
