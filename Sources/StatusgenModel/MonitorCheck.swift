import Foundation

/// One check of a monitor: a monitor's latest check, or a row of results as tests write them.
public struct MonitorCheck: Sendable, Hashable {
    public var time: Date
    public var monitor: String
    public var status: MonitorStatus
    /// Response time in milliseconds, absent when the check got no response.
    public var latencyMs: Double?

    public init(time: Date, monitor: String, status: MonitorStatus, latencyMs: Double? = nil) {
        self.time = time
        self.monitor = monitor
        self.status = status
        self.latencyMs = latencyMs
    }
}
