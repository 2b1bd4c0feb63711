import Foundation
import StatusgenModel

/// When a page's content last changed, for `sitemap.xml`; never after the build's moment.
enum LastModified {
    /// An incident's page changes with each update, and when it starts or ends.
    static func incident(_ item: TimelineIncident, now: Date) -> Date {
        let moments = item.updates.map(\.update.time) + [item.startedAt] + (item.endedAt.map { [$0] } ?? [])
        return moments.filter { $0 <= now }.max() ?? now
    }

    /// A month's page changes until the month ends, and when one of its incidents does.
    static func month(_ month: SiteMonth, _ timeline: Timeline) -> Date {
        let incidents = timeline.incidents.filter { $0.phase != .upcoming && month.contains($0.startedAt) }
        let latest = ([month.end] + incidents.map { incident($0, now: timeline.now) }).max() ?? month.end
        return min(latest, timeline.now)
    }
}
