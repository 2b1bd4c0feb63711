extension MonitorStatus: Comparable {
    /// Up is best and down worst: of two checks at the same instant, the worse stands.
    public static func < (lhs: MonitorStatus, rhs: MonitorStatus) -> Bool {
        lhs.severity < rhs.severity
    }

    private var severity: Int {
        switch self {
        case .up: 0
        case .degraded: 1
        case .down: 2
        }
    }
}
