import Foundation
import StatusgenModel

/// Finds runs of consecutive down checks in one monitor's results.
struct OutageDetector {
    let minimumChecks: Int

    /// The outages in `checks` (sorted by time), oldest first; an outage still going on has no end.
    func outages(in checks: [MonitorCheck], monitor: String, componentIDs: [String]) -> [DetectedOutage] {
        var outages: [DetectedOutage] = []
        var runStart: Int?
        for (index, check) in checks.enumerated() {
            if check.status == .down {
                if runStart == nil { runStart = index }
                continue
            }
            if let start = runStart, index - start >= minimumChecks {
                outages.append(
                    DetectedOutage(
                        monitor: monitor, componentIDs: componentIDs, start: checks[start].time, end: check.time,
                        checks: index - start))
            }
            runStart = nil
        }
        if let start = runStart, checks.count - start >= minimumChecks {
            outages.append(
                DetectedOutage(
                    monitor: monitor, componentIDs: componentIDs, start: checks[start].time, end: nil,
                    checks: checks.count - start))
        }
        return outages
    }
}
