import Foundation
import Mustache
import StatusgenModel

/// One calendar day in the list of past incidents on the status page.
final class PastDayViewModel: Sendable {
    /// The day: "24 Nov 2026", with its date "2026-11-24".
    let date: TimeViewModel
    /// Incidents and maintenances that started that day, newest first.
    let incidents: [IncidentViewModel]
    /// Outages found by monitoring that no incident covers, newest first.
    let outages: [DetectedOutageViewModel]
    /// Whether nothing happened that day.
    let isQuiet: Bool

    /// The days of the timeline's list of past incidents (`Timeline.recentDays`), newest first.
    static func days(_ context: RenderingContext) -> [PastDayViewModel] {
        context.timeline.recentDays.map { PastDayViewModel($0, context) }
    }

    private init(_ day: CalendarDay, _ context: RenderingContext) {
        let timeline = context.timeline
        date = TimeViewModel(text: context.time.day(day.start), datetime: day.date)
        // Upcoming maintenance belongs to the maintenance section, not to the past.
        incidents = timeline.incidents
            .filter { $0.phase != .upcoming && $0.startedAt >= day.start && $0.startedAt < day.end }
            .map { IncidentViewModel($0, context) }
        outages = timeline.detectedOutages
            .filter { $0.start >= day.start && $0.start < day.end }
            .map { DetectedOutageViewModel($0, context) }
        isQuiet = incidents.isEmpty && outages.isEmpty
    }
}

extension PastDayViewModel: MustacheParent {
    /// The field a template names, as Mustache would find it by reflection: `nil` when there is none or it is `nil`.
    func child(named name: String) -> Any? {
        switch name {
        case "date": return self.date
        case "incidents": return self.incidents
        case "outages": return self.outages
        case "isQuiet": return self.isQuiet
        default: return nil
        }
    }
}
