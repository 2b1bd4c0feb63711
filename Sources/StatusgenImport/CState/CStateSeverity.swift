import StatusgenModel

/// cState's three severities, and what each becomes in statusgen.
enum CStateSeverity: String, CaseIterable {
    case down
    case disrupted
    case notice

    /// The incident's impact: down is critical, disrupted major, notice minor.
    var impact: Impact {
        switch self {
        case .down: .critical
        case .disrupted: .major
        case .notice: .minor
        }
    }

    /// The affected components' status: down is a major outage, disrupted a partial outage, notice
    /// degraded performance (cState shows all three on the systems they name).
    var componentStatus: ComponentStatus {
        switch self {
        case .down: .majorOutage
        case .disrupted: .partialOutage
        case .notice: .degradedPerformance
        }
    }
}
