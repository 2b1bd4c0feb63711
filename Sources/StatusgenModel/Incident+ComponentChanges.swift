import Foundation

extension Incident {
    /// The status the incident gives component `id` at `time`: the front matter's, as each update up to
    /// `time` changed it; `nil` when the incident does not name the component.
    public func status(of id: String, at time: Date) -> ComponentStatus? {
        components.first { $0.id == id }.map { status(of: $0, at: time) }
    }

    /// The components with the statuses the incident gives them at `time`, in file order.
    public func components(at time: Date) -> [AffectedComponent] {
        components.map { AffectedComponent(id: $0.id, status: status(of: $0, at: time)) }
    }

    /// The status of `component` (one of the front matter's) at `time`, as the updates up to then changed it.
    private func status(of component: AffectedComponent, at time: Date) -> ComponentStatus {
        var status = component.status
        for update in updates where update.time <= time {
            if let change = update.componentChanges.first(where: { $0.id == component.id }) { status = change.status }
        }
        return status
    }

    /// The components with the statuses the incident gives them right after `update` (one of its updates):
    /// an update later in the same second does not count yet.
    public func components(after update: IncidentUpdate) -> [AffectedComponent] {
        var result = components
        for earlier in updates {
            for change in earlier.componentChanges {
                if let index = result.firstIndex(where: { $0.id == change.id }) { result[index].status = change.status }
            }
            if earlier.time == update.time && earlier.sameSecondIndex == update.sameSecondIndex { break }
        }
        return result
    }

    /// The components with the worst status the incident gave each between `start` and `end` (`nil`: it goes
    /// on), in file order: what its record says it did to them, after a component recovered before the
    /// incident ended.
    public func worstComponents(from start: Date, to end: Date?) -> [AffectedComponent] {
        components.map { component in
            let statuses = statusStretches(of: component.id, from: start, to: end).map(\.status)
            return AffectedComponent(id: component.id, status: statuses.max() ?? component.status)
        }
    }

    /// The stretches of component `id`'s status within `start..<end` (`nil`: still going on), in time order:
    /// one per status the incident gave it there.
    public func statusStretches(of id: String, from start: Date, to end: Date?) -> [(
        start: Date, end: Date?, status: ComponentStatus
    )] {
        guard let first = status(of: id, at: start) else { return [] }
        var stretches: [(start: Date, end: Date?, status: ComponentStatus)] = [(start, end, first)]
        for update in updates where update.time > start && end.map({ update.time < $0 }) ?? true {
            guard let change = update.componentChanges.first(where: { $0.id == id }),
                change.status != stretches[stretches.count - 1].status
            else { continue }
            stretches[stretches.count - 1].end = update.time
            stretches.append((update.time, end, change.status))
        }
        return stretches
    }
}
