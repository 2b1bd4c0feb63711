import Foundation
import StatusgenModel

extension MonitorHistory {
    /// The runs of the checks at or before `now`: later checks are not yet known.
    func runs(atOrBefore now: Date) -> [CheckRun] {
        let limit = Int64((now.timeIntervalSince1970 * 1000).rounded(.down))
        guard let last = runs.last, last.last > limit else { return runs }
        var known = runs.prefix { $0.start <= limit }
        if let index = known.indices.last { known[index] = known[index].prefix(known[index].count(atOrBefore: limit)) }
        return Array(known)
    }

    /// The latest check at or before `now` of the monitor called `name`.
    func latestCheck(atOrBefore now: Date, name: String) -> MonitorCheck? {
        guard let run = runs(atOrBefore: now).last else { return nil }
        let isLatestOfAll = run.last == runs.last?.last
        return MonitorCheck(
            time: Date(milliseconds: run.last), monitor: name, status: run.status,
            latencyMs: isLatestOfAll ? latestLatencyMs : nil)
    }
}

extension Date {
    /// The instant `milliseconds` after 1970-01-01 UTC.
    init(milliseconds: Int64) {
        self.init(timeIntervalSince1970: Double(milliseconds) / 1000)
    }
}
