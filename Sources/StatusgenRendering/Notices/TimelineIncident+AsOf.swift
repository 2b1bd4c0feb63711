import StatusgenModel

extension TimelineIncident {
    /// The incident as it stood right after `update`: later updates left out, its status that update's,
    /// its end only if it had ended by then. A notification about an older update then describes that
    /// moment, with the update first in `incident_updates`.
    func asOf(_ update: TimelineUpdate) -> TimelineIncident {
        var copy = self
        copy.updates = updates.filter { $0.update.time <= update.update.time }
        copy.status = update.effectiveStatus
        copy.endedAt = endedAt.flatMap { $0 <= update.update.time ? $0 : nil }
        return copy
    }
}
