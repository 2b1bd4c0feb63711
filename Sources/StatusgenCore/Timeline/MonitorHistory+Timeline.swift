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

extension CalendarDay {
    /// The day's number, counted in days since 1970-01-01 like `MonitorHistory.firstDay`.
    var dayNumber: Int {
        // Read from the bytes of `YYYY-MM-DD`, making no strings: the timeline asks for every day of every
        // component's history.
        var parts = (0, 0, 0)
        var count = 0
        var value = 0
        var digits = 0
        for byte in date.utf8 {
            if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") && digits < 9 {
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
                digits += 1
            } else if byte == UInt8(ascii: "-") && digits > 0 && count < 2 {
                if count == 0 { parts.0 = value } else { parts.1 = value }
                (count, value, digits) = (count + 1, 0, 0)
            } else {
                return 0
            }
        }
        guard count == 2, digits > 0 else { return 0 }
        parts.2 = value
        return CivilTime.daysSinceEpoch(year: parts.0, month: parts.1, day: parts.2)
    }
}
