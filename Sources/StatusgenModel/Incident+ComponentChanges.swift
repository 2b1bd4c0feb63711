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
    /// one per status the incident gave it there, and none while the incident was over (between a
    /// resolution and an update that reopened it). An incident over at `start` has a stretch of no length.
    public func statusStretches(of id: String, from start: Date, to end: Date?) -> [(
        start: Date, end: Date?, status: ComponentStatus
    )] {
        guard let component = components.first(where: { $0.id == id }) else { return [] }
        let statusAt = { (time: Date) in isInEffect(at: time) ? status(of: component, at: time) : nil }
        var stretches: [(start: Date, end: Date?, status: ComponentStatus)] = []
        var current = statusAt(start).map { (start: start, status: $0) }
        if current == nil {
            // Reported once it was over (its first update resolves it): an instant, which still marks its day.
            let status = status(of: component, at: start)
            stretches.append((start, start, status))
        }
        for update in updates where update.time > start && end.map({ update.time < $0 }) ?? true {
            let next = statusAt(update.time)
            guard next != current?.status else { continue }
            if let current { stretches.append((current.start, update.time, current.status)) }
            current = next.map { (update.time, $0) }
        }
        if let current { stretches.append((current.start, end, current.status)) }
        return stretches
    }

    /// The spans of `start..<end` (`nil`: still going on) in which the incident was under way: from `start`,
    /// but for the time between a resolution and an update that reopened it.
    public func spansInEffect(from start: Date, to end: Date?) -> [(start: Date, end: Date?)] {
        var spans: [(start: Date, end: Date?)] = []
        var current: Date? = start
        for update in updates where update.time > start && end.map({ update.time < $0 }) ?? true {
            let isUnderWay = isInEffect(at: update.time)
            if isUnderWay && current == nil {
                current = update.time
            } else if !isUnderWay, let from = current {
                spans.append((from, update.time))
                current = nil
            }
        }
        if let current { spans.append((current, end)) }
        return spans
    }

    /// Whether the incident is under way at `time`: no update up to then that sets its status (a note keeps
    /// it) ended it, or a later one reopened it.
    private func isInEffect(at time: Date) -> Bool {
        guard let latest = updates.last(where: { $0.time <= time && $0.status != .update }) else { return true }
        return !latest.status.endsIncident
    }
}
