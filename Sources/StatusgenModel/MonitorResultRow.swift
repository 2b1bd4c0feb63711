/// One check as it is written to a monitor CSV file: by `statusgen check`, or converted from another tool.
public struct MonitorResultRow: Hashable, Sendable {
    /// The time of the check, in milliseconds since 1970 UTC.
    public var millisecondsSince1970: Int64
    public var monitor: String
    public var status: MonitorStatus
    /// The response time in milliseconds, `nil` when the check got no response.
    public var latencyMs: Double?

    public init(millisecondsSince1970: Int64, monitor: String, status: MonitorStatus, latencyMs: Double? = nil) {
        self.millisecondsSince1970 = millisecondsSince1970
        self.monitor = monitor
        self.status = status
        self.latencyMs = latencyMs
    }
}
