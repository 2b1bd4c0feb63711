import Foundation
import StatusgenModel

/// The incidents that touch each day of a run of days in ascending order, found in one pass over the
/// incidents sorted by start rather than by testing every incident on every day.
struct IncidentSweep {
    /// An incident as a component's days see it.
    struct Span {
        /// Its place in the list given, which `touching` keeps.
        let order: Int
        let start: Date
        /// `nil` while it goes on.
        let end: Date?
        /// What it made of the component.
        let status: ComponentStatus
        let id: String
    }

    private let byStart: [Span]
    private var next = 0
    /// The spans begun before the last day asked for ended, and not ended before it began.
    private var active: [Span] = []

    init(_ spans: [Span]) {
        byStart = spans.sorted { $0.start < $1.start }
    }

    /// The spans that began before `end` and did not end by `start`, in their order; each call must
    /// ask for a later day than the one before.
    mutating func touching(from start: Date, to end: Date) -> [Span] {
        while next < byStart.count, byStart[next].start < end {
            active.append(byStart[next])
            next += 1
        }
        active.removeAll { $0.end.map { $0 <= start } ?? false }
        return active.sorted { $0.order < $1.order }
    }
}
