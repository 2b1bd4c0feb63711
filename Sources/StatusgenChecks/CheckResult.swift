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

    /// The row to append to the results file, at the whole second the check started.
    /// Monitor names are checked to need no quoting (see `statusgen.yml`'s `checks:`).
    public var row: MonitorResultRow {
        MonitorResultRow(
            millisecondsSince1970: Int64(time.timeIntervalSince1970.rounded(.down)) * 1000, monitor: monitor,
            status: outcome.status, latencyMs: outcome.latencyMs.map(Double.init))
    }
}
