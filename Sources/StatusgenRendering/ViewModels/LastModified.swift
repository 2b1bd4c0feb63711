import Foundation
import StatusgenModel

/// When a page's content last changed, for `sitemap.xml` and for the "Last updated" line of the pages
/// that no longer change with the clock; never after the build's moment.
enum LastModified {
    /// An incident's page changes with each update, and when it starts or ends.
    static func incident(_ item: TimelineIncident, now: Date) -> Date {
        let moments = item.updates.map(\.update.time) + [item.startedAt] + (item.endedAt.map { [$0] } ?? [])
        return moments.filter { $0 <= now }.max() ?? now
    }

    /// A month's page changes until the month ends, and when one of the incidents that started in it
    /// (`started`, see `MonthContents`) does.
    static func month(_ month: SiteMonth, started: [TimelineIncident], now: Date) -> Date {
        let latest = ([month.end] + started.map { incident($0, now: now) }).max() ?? month.end
        return min(latest, now)
    }

    /// Whether an incident's page no longer changes as the clock moves: it has ended, and every moment
    /// its file names (each update, a maintenance's window) is past.
    static func isSettled(_ item: TimelineIncident, now: Date) -> Bool {
        guard let ended = item.endedAt, ended <= now, item.startedAt <= now else { return false }
        let window = item.incident.window.map { [$0.starts, $0.ends] } ?? []
        return (item.incident.updates.map(\.time) + window).allSatisfy { $0 <= now }
    }

    /// The time an incident's page shows as last updated: when its content last changed once it is
    /// settled, else the build's moment.
    static func shown(_ item: TimelineIncident, now: Date) -> Date {
        isSettled(item, now: now) ? incident(item, now: now) : now
    }

    /// Whether a month's page no longer changes as the clock moves: the month is over, and each incident
    /// that started in it (`started`) is settled.
    static func isSettled(_ month: SiteMonth, started: [TimelineIncident], now: Date) -> Bool {
        !month.isInProgress && started.allSatisfy { isSettled($0, now: now) }
    }

    /// The time a month's page shows as last updated: when its content last changed once the month is
    /// settled, else the build's moment.
    static func shown(_ month: SiteMonth, started: [TimelineIncident], now: Date) -> Date {
        isSettled(month, started: started, now: now) ? Self.month(month, started: started, now: now) : now
    }
}
