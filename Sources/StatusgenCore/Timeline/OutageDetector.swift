import Foundation
import StatusgenModel

/// Finds runs of consecutive down checks in one monitor's results.
struct OutageDetector {
    let minimumChecks: Int

    /// The outages in `runs` (in time order), oldest first; an outage still going on has no end.
    func outages(in runs: [CheckRun], monitor: String, componentIDs: [String]) -> [DetectedOutage] {
        var outages: [DetectedOutage] = []
        var index = 0
        while index < runs.count {
            guard runs[index].status == .down else {
                index += 1
                continue
            }
            // Runs of down checks that follow each other make one stretch of down checks.
            let start = runs[index].start
            var checks = 0
            while index < runs.count, runs[index].status == .down {
                checks += runs[index].count
                index += 1
            }
            if checks >= minimumChecks {
                outages.append(
                    DetectedOutage(
                        monitor: monitor, componentIDs: componentIDs, start: Date(milliseconds: start),
                        end: index < runs.count ? Date(milliseconds: runs[index].start) : nil, checks: checks))
            }
        }
        return outages
    }
}
