/// Whether an incident file describes an unplanned incident or a scheduled maintenance.
public enum IncidentKind: String, Codable, CaseIterable, Sendable {
    case incident
    case maintenance
}
