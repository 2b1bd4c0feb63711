extension TimelineIncident {
    /// The stable id of one of its updates: the incident's id, `-`, and the update's time in UTC
    /// (`2026-11-24-uk-mail-flow-20261124T105200Z`). It does not change when the update's text is edited;
    /// the API's update objects, the notification ledger and email Message-IDs use it.
    public func updateID(of update: TimelineUpdate) -> String {
        incident.updateID(of: update.update)
    }
}

extension Incident {
    /// The stable id of one of its updates, as `TimelineIncident.updateID(of:)` gives it.
    public func updateID(of update: IncidentUpdate) -> String {
        id + "-" + update.anchor.dropFirst("update-".count)
    }
}
