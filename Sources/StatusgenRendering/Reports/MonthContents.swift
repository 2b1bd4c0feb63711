import Foundation
import StatusgenModel

/// What happened in each month of a report, found in one pass over the timeline: the incidents and
/// maintenance that started in it (upcoming ones aside) and the outages monitors found that no incident
/// covers, each in the timeline's order; and the maintenance planned in it that has not started.
struct MonthContents {
    /// By the month's index in the report.
    let incidents: [[TimelineIncident]]
    let outages: [[DetectedOutage]]
    /// Upcoming maintenance, by the month its window starts in (the month in progress: the report holds no
    /// month to come).
    let planned: [[TimelineIncident]]

    init(_ report: SLAReport, _ timeline: Timeline) {
        let months = report.months
        var incidents = Array(repeating: [TimelineIncident](), count: months.count)
        var outages = Array(repeating: [DetectedOutage](), count: months.count)
        var planned = Array(repeating: [TimelineIncident](), count: months.count)
        for item in timeline.incidents {
            guard let index = Self.index(of: item.startedAt, in: months) else { continue }
            if item.phase == .upcoming {
                planned[index].append(item)
            } else {
                incidents[index].append(item)
            }
        }
        for outage in timeline.detectedOutages {
            if let index = Self.index(of: outage.start, in: months) { outages[index].append(outage) }
        }
        self.incidents = incidents
        self.outages = outages
        self.planned = planned
    }

    /// The index of the month that contains `date` in `months` (oldest first, without gaps), if one does.
    private static func index(of date: Date, in months: [SiteMonth]) -> Int? {
        var (low, high) = (0, months.count)
        while low < high {
            let middle = (low + high) / 2
            if months[middle].end <= date { low = middle + 1 } else { high = middle }
        }
        return low < months.count && months[low].contains(date) ? low : nil
    }
}
