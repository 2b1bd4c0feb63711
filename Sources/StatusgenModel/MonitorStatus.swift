/// The result of one check, as recorded by a monitor.
public enum MonitorStatus: String, CaseIterable, Sendable {
    case up
    case degraded
    case down
}
