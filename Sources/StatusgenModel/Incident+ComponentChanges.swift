import Foundation

extension Incident {
    /// The status the incident gives component `id` at `time`: the front matter's, as each update up to
    /// `time` changed it; `nil` when the incident does not name the component.
    public func status(of id: String, at time: Date) -> ComponentStatus? {
        guard var status = components.first(where: { $0.id == id })?.status else { return nil }
        for update in updates where update.time <= time {
            if let change = update.componentChanges.first(where: { $0.id == id }) { status = change.status }
        }
        return status
    }

    /// The components with the statuses the incident gives them at `time`, in file order.
    public func components(at time: Date) -> [AffectedComponent] {
        guard updates.contains(where: { !$0.componentChanges.isEmpty }) else { return components }
        return components.map { AffectedComponent(id: $0.id, status: status(of: $0.id, at: time) ?? $0.status) }
    }

    /// The components with the worst status the incident gave each, in file order: what its record says it
    /// did to them, after a component recovered before the incident ended.
    public var worstComponents: [AffectedComponent] {
        components.map { component in
            let changed = updates.flatMap(\.componentChanges).filter { $0.id == component.id }.map(\.status)
            return AffectedComponent(id: component.id, status: (changed + [component.status]).max()!)
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
