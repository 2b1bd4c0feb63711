import StatusgenModel

extension TimelineIncident {
    /// The incident as it stood right after `update`: later updates left out, its status that update's,
    /// its end only if it had ended by then. A notification about an older update then describes that
    /// moment, with the update first in `incident_updates`.
    func asOf(_ update: TimelineUpdate) -> TimelineIncident {
        var copy = self
        // By place, not time: an update in the same second as a later one stands before it.
        if let index = updates.firstIndex(where: { $0.anchor == update.anchor }) {
            copy.updates = Array(updates[index...])
        }
        copy.status = update.effectiveStatus
        copy.endedAt = endedAt.flatMap { $0 <= update.update.time ? $0 : nil }
        return copy
    }
}
