import Foundation
import StatusgenModel

/// Gathers the rows of one file into a history per monitor, numbering days in the site's timezone.
struct MonitorFileAggregator: MonitorRowSink {
    private var numbering: LocalDayNumbering
    private var builders: [MonitorHistoryBuilder] = []

    init(timeZone: TimeZone) {
        numbering = LocalDayNumbering(timeZone: timeZone)
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
