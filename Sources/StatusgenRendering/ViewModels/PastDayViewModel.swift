import Foundation
import StatusgenModel

/// One calendar day in the list of past incidents on the status page.
struct PastDayViewModel {
    /// How many days the list covers, today included.
    static let dayCount = 14

    /// The day: "24 Nov 2026", with its date "2026-11-24".
    let date: TimeViewModel
    /// Incidents and maintenances that started that day, newest first.
    let incidents: [IncidentViewModel]
    /// Outages found by monitoring that no incident covers, newest first.
    let outages: [DetectedOutageViewModel]
    /// Whether nothing happened that day.
    let isQuiet: Bool

    /// The last `dayCount` days up to `context`'s now, newest first.
    static func days(_ context: RenderingContext) -> [PastDayViewModel] {
        context.time.days(endingOn: context.timeline.now, count: dayCount).map { PastDayViewModel($0, context) }
    }

    private init(_ interval: DateInterval, _ context: RenderingContext) {
        let timeline = context.timeline
        date = TimeViewModel(text: context.time.day(interval.start), datetime: context.time.isoDay(interval.start))
        // Upcoming maintenance belongs to the maintenance section, not to the past.
        incidents = timeline.incidents
            .filter { $0.phase != .upcoming && $0.startedAt >= interval.start && $0.startedAt < interval.end }
            .map { IncidentViewModel($0, context) }
        outages = timeline.detectedOutages
            .filter { $0.start >= interval.start && $0.start < interval.end }
            .map { DetectedOutageViewModel($0, context) }
        isQuiet = incidents.isEmpty && outages.isEmpty
    }
}
