/// Where an incident or maintenance stands at `now`.
public enum IncidentPhase: String, Sendable {
    /// An incident that is not resolved.
    case active
    /// A resolved incident.
    case resolved
    /// A maintenance whose window has not started.
    case upcoming
    /// A maintenance under way.
    case inProgress = "in_progress"
    /// A maintenance that is over.
    case completed
}
