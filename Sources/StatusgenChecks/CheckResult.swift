import Foundation
import StatusgenModel

/// One finished check: which monitor, when it started, and what it found.
public struct CheckResult: Sendable, Equatable {
    public var monitor: String
    /// When the check started.
    public var time: Date
    public var outcome: CheckOutcome

    public init(monitor: String, time: Date, outcome: CheckOutcome) {
        self.monitor = monitor
        self.time = time
        self.outcome = outcome
    }

    /// The row in the canonical CSV format, `timestamp,monitor,status,latency_ms`, with its newline.
    /// Monitor names are checked to need no quoting (see `statusgen.yml`'s `checks:`).
    public var csvLine: String {
        let timestamp = time.formatted(Date.ISO8601FormatStyle(timeZone: TimeZone(identifier: "UTC") ?? .gmt))
        let latency = outcome.latencyMs.map(String.init) ?? ""
        return "\(timestamp),\(monitor),\(outcome.status.rawValue),\(latency)\n"
    }
}
