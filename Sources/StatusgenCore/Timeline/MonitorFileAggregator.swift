import Foundation
import StatusgenModel

/// Gathers the rows of one file into a history per monitor, numbering days in the site's timezone.
struct MonitorFileAggregator: MonitorRowSink, Sendable {
    private var numbering: LocalDayNumbering
    private var builders: [MonitorHistoryBuilder] = []

    init(timeZone: TimeZone) {
        numbering = LocalDayNumbering(timeZone: timeZone)
    }

    /// Continues `history` as monitor number `monitor` (numbered in order, from 0).
    mutating func continueHistory(_ history: MonitorHistory, asMonitor monitor: Int) {
        precondition(monitor == builders.count, "continued histories are numbered in order")
        builders.append(MonitorHistoryBuilder(history))
    }

    @inline(__always)
    mutating func add(monitor: Int, milliseconds: Int64, status: MonitorStatus, latencyMs: Double?) {
        if monitor == builders.count { builders.append(MonitorHistoryBuilder()) }
        let day = numbering.day(of: milliseconds)
        builders[monitor].add(time: milliseconds, day: day, status: status, latencyMs: latencyMs)
    }

    /// The histories so far, by monitor number.
    mutating func histories() -> [MonitorHistory] {
        builders.indices.map { builders[$0].finish() }
    }
}
