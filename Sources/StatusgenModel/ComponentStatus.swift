/// The state of a component, in Statuspage's vocabulary, ordered from best to worst.
public enum ComponentStatus: String, CaseIterable, Comparable, Sendable {
    case operational
    case underMaintenance = "under_maintenance"
    case degradedPerformance = "degraded_performance"
    case partialOutage = "partial_outage"
    case majorOutage = "major_outage"

    /// Rank from best (0) to worst; maintenance ranks below any real degradation.
    public var severity: Int {
        switch self {
        case .operational: 0
        case .underMaintenance: 1
        case .degradedPerformance: 2
        case .partialOutage: 3
        case .majorOutage: 4
        }
    }

    public static func < (lhs: ComponentStatus, rhs: ComponentStatus) -> Bool {
        lhs.severity < rhs.severity
    }
}
