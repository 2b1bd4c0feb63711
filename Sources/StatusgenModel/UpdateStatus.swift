/// The status word of an incident or maintenance update heading.
public enum UpdateStatus: String, CaseIterable, Sendable {
    // Incidents.
    case investigating
    case identified
    case monitoring
    case resolved
    // Maintenance.
    case scheduled
    case inProgress = "in_progress"
    case verifying
    case completed
    /// A maintenance called off: it will not happen, or stopped before its planned end.
    case cancelled
    /// A note that keeps the current status.
    case update

    /// Whether the word ends its incident or maintenance (`resolved`, `completed`, `cancelled`), which
    /// gives every component back.
    public var endsIncident: Bool {
        self == .resolved || self == .completed || self == .cancelled
    }

    /// The statuses an incident's updates may use.
    public static let incidentStatuses: [UpdateStatus] = [.investigating, .identified, .monitoring, .resolved, .update]
    /// The statuses a maintenance's updates may use.
    public static let maintenanceStatuses: [UpdateStatus] = [
        .scheduled, .inProgress, .verifying, .completed, .cancelled, .update,
    ]
}
