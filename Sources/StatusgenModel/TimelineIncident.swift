import Foundation

/// An incident or maintenance with its derived state.
///
/// Its fields live in one shared, copied-on-write box: pages, feeds and reports pass incidents around by
/// the thousand, and copying one is then a single reference count rather than one for each of its texts
/// and lists.
public struct TimelineIncident: Sendable {
    private final class Fields: @unchecked Sendable {
        var incident: Incident
        var phase: IncidentPhase
        var status: UpdateStatus
        var updates: [TimelineUpdate]
        var startedAt: Date
        var endedAt: Date?
        var detectedOutages: [DetectedOutage]

        init(
            incident: Incident, phase: IncidentPhase, status: UpdateStatus, updates: [TimelineUpdate],
            startedAt: Date, endedAt: Date?, detectedOutages: [DetectedOutage]
        ) {
            self.incident = incident
            self.phase = phase
            self.status = status
            self.updates = updates
            self.startedAt = startedAt
            self.endedAt = endedAt
            self.detectedOutages = detectedOutages
        }

        func copy() -> Fields {
            Fields(
                incident: incident, phase: phase, status: status, updates: updates, startedAt: startedAt,
                endedAt: endedAt, detectedOutages: detectedOutages)
        }
    }

    private var fields: Fields

    /// The fields, copied first when another value shares them. (Read through `_read`, so that reading
    /// `item.incident.title` borrows the incident rather than copying it out of the box.)
    private var unique: Fields {
        mutating get {
            if !isKnownUniquelyReferenced(&fields) { fields = fields.copy() }
            return fields
        }
    }

    public var incident: Incident {
        _read { yield fields.incident }
        _modify { yield &unique.incident }
    }
    /// Where it stands at `now`.
    public var phase: IncidentPhase {
        _read { yield fields.phase }
        _modify { yield &unique.phase }
    }
    /// The current status word (for maintenance, derived from the window where no update says).
    public var status: UpdateStatus {
        _read { yield fields.status }
        _modify { yield &unique.status }
    }
    /// The updates with their effective status, newest first.
    public var updates: [TimelineUpdate] {
        _read { yield fields.updates }
        _modify { yield &unique.updates }
    }
    /// When it began: the first update, or a maintenance's planned start.
    public var startedAt: Date {
        _read { yield fields.startedAt }
        _modify { yield &unique.startedAt }
    }
    /// When it ended: the resolving update, or the end of a maintenance, if it has ended.
    public var endedAt: Date? {
        _read { yield fields.endedAt }
        _modify { yield &unique.endedAt }
    }
    /// Outages detected by monitors that this incident covers.
    public var detectedOutages: [DetectedOutage] {
        _read { yield fields.detectedOutages }
        _modify { yield &unique.detectedOutages }
    }

    public init(
        incident: Incident, phase: IncidentPhase, status: UpdateStatus, updates: [TimelineUpdate],
        startedAt: Date, endedAt: Date?, detectedOutages: [DetectedOutage]
    ) {
        fields = Fields(
            incident: incident, phase: phase, status: status, updates: updates, startedAt: startedAt,
            endedAt: endedAt, detectedOutages: detectedOutages)
    }

    public var id: String { incident.id }

    /// Whether it currently affects component status (an open incident or a maintenance under way).
    public var isOpen: Bool { phase == .active || phase == .inProgress }

    /// How long it lasted, if it has ended.
    public var duration: TimeInterval? { endedAt.map { $0.timeIntervalSince(startedAt) } }
}

extension TimelineIncident: CustomReflectable {
    /// Every field, as if they were stored in the value itself: for printing in tests and debugging.
    public var customMirror: Mirror {
        Mirror(
            self,
            children: [
                "incident": incident, "phase": phase, "status": status, "updates": updates, "startedAt": startedAt,
                "endedAt": endedAt as Any, "detectedOutages": detectedOutages,
            ], displayStyle: .struct)
    }
}
