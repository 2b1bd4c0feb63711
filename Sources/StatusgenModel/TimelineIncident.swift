import Foundation

/// An incident or maintenance with its derived state.
///
/// Its fields live in one shared, copied-on-write box: pages, feeds and reports pass incidents around by
/// the thousand, and copying one is then a single reference count rather than one for each of its texts
/// and lists.
public struct TimelineIncident: Sendable {
    private struct Fields: Sendable {
        var incident: Incident
        var phase: IncidentPhase
        var status: UpdateStatus
        var updates: [TimelineUpdate]
        var startedAt: Date
        var endedAt: Date?
        var detectedOutages: [DetectedOutage]
        var untranslated: UntranslatedParts = []
    }

    private var fields: CopyOnWrite<Fields>

    public var incident: Incident {
        _read { yield fields.value.incident }
        _modify { yield &fields.value.incident }
    }
    /// Where it stands at `now`.
    public var phase: IncidentPhase {
        _read { yield fields.value.phase }
        _modify { yield &fields.value.phase }
    }
    /// The current status word (for maintenance, derived from the window where no update says).
    public var status: UpdateStatus {
        _read { yield fields.value.status }
        _modify { yield &fields.value.status }
    }
    /// The updates with their effective status, newest first.
    public var updates: [TimelineUpdate] {
        _read { yield fields.value.updates }
        _modify { yield &fields.value.updates }
    }
    /// When it began: the first update, or a maintenance's planned start.
    public var startedAt: Date {
        _read { yield fields.value.startedAt }
        _modify { yield &fields.value.startedAt }
    }
    /// When it ended: the resolving update, or the end of a maintenance, if it has ended.
    public var endedAt: Date? {
        _read { yield fields.value.endedAt }
        _modify { yield &fields.value.endedAt }
    }
    /// Outages detected by monitors that this incident covers.
    public var detectedOutages: [DetectedOutage] {
        _read { yield fields.value.detectedOutages }
        _modify { yield &fields.value.detectedOutages }
    }

    /// On a page in another language, the parts shown in the original for want of a translation; none
    /// in the default language.
    public var untranslated: UntranslatedParts {
        _read { yield fields.value.untranslated }
        _modify { yield &fields.value.untranslated }
    }

    public init(
        incident: Incident, phase: IncidentPhase, status: UpdateStatus, updates: [TimelineUpdate],
        startedAt: Date, endedAt: Date?, detectedOutages: [DetectedOutage]
    ) {
        fields = CopyOnWrite(
            Fields(
                incident: incident, phase: phase, status: status, updates: updates, startedAt: startedAt,
                endedAt: endedAt, detectedOutages: detectedOutages))
    }

    public var id: String { incident.id }

    /// Whether it currently affects component status (an open incident or a maintenance under way).
    public var isOpen: Bool { phase == .active || phase == .inProgress }

    /// How long it lasted, if it has ended.
    public var duration: TimeInterval? { endedAt.map { $0.timeIntervalSince(startedAt) } }

    /// Whether it is a maintenance called off (cancelled, or marked completed) before its window began: it
    /// lasted no time, and no day of a component's history was under maintenance for it.
    public var neverTookPlace: Bool { incident.kind == .maintenance && endedAt == startedAt }
}

extension TimelineIncident: CustomReflectable {
    /// Every field, as if they were stored in the value itself: for printing in tests and debugging.
    public var customMirror: Mirror {
        Mirror(
            self,
            children: [
                "incident": incident, "phase": phase, "status": status, "updates": updates, "startedAt": startedAt,
                "endedAt": endedAt as Any, "detectedOutages": detectedOutages, "untranslated": untranslated,
            ], displayStyle: .struct)
    }
}
