/// Whether an incident file describes an unplanned incident or a scheduled maintenance.
public enum IncidentKind: String, CaseIterable, Sendable {
    case incident
    case maintenance
}
