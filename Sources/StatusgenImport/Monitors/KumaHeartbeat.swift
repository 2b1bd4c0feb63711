/// One row of Uptime Kuma's `heartbeat` table, joined with its monitor's name.
public struct KumaHeartbeat: Sendable, Equatable {
    /// The row's `id`, which names it in messages.
    public var id: Int64
    public var monitorID: Int64
    /// `monitor.name`, `nil` when the monitor has no name or no row.
    public var monitorName: String?
    /// 0 down, 1 up, 2 pending, 3 maintenance.
    public var status: Int64
    /// `time` as stored: UTC without a zone, such as `2025-01-02 03:04:05.123`.
    public var time: String
    /// `ping`: the response time in milliseconds, `nil` without a response.
    public var ping: Double?

    public init(id: Int64, monitorID: Int64, monitorName: String?, status: Int64, time: String, ping: Double?) {
        self.id = id
        self.monitorID = monitorID
        self.monitorName = monitorName
        self.status = status
        self.time = time
        self.ping = ping
    }
}
