import Foundation

/// An incident or maintenance with its derived state.
public struct TimelineIncident: Sendable {
    public var incident: Incident
    /// Where it stands at `now`.
    public var phase: IncidentPhase
    /// The current status word (for maintenance, derived from the window where no update says).
    public var status: UpdateStatus
    /// The updates with their effective status, newest first.
    public var updates: [TimelineUpdate]
    /// When it began: the first update, or a maintenance's planned start.
    public var startedAt: Date
    /// When it ended: the resolving update, or the end of a maintenance, if it has ended.
    public var endedAt: Date?
    /// Outages detected by monitors that this incident covers.
    public var detectedOutages: [DetectedOutage]

    public init(
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

    public var id: String { incident.id }

    /// Whether it currently affects component status (an open incident or a maintenance under way).
    public var isOpen: Bool { phase == .active || phase == .inProgress }

    /// How long it lasted, if it has ended.
    public var duration: TimeInterval? { endedAt.map { $0.timeIntervalSince(startedAt) } }
}
