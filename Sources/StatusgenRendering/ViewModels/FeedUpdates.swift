import Foundation
import StatusgenModel

/// The updates a feed carries, the same way for every feed: one entry per update of every incident
/// and maintenance (or of those that name one component), newest first, at most `limit`.
enum FeedUpdates {
    /// The most entries a feed carries.
    static let limit = 50

    /// The updates for a feed of the whole site (`componentID` `nil`) or of one component.
    static func select(_ context: RenderingContext, componentID: String?) -> [(
        incident: TimelineIncident, update: TimelineUpdate
    )] {
        let incidents = componentID.map(context.incidents(naming:)) ?? context.timeline.incidents
        // Only updates as new as the `limit`-th newest second can be carried: the rest are left out before
        // the sort, which a site with years of history would otherwise spend on thousands of them per feed.
        let oldest = newestSeconds(of: incidents).first ?? -.infinity
        let updates = incidents.flatMap { incident in
            incident.updates.filter { second(of: $0) >= oldest }.map { (incident: incident, update: $0) }
        }
        // Newest first, to the second as updates are told apart; in one second, incidents in id order, and an
        // incident's updates newest first, the later in its file first, as on its page.
        let newestFirst = updates.sorted {
            let (firstSecond, secondSecond) = (second(of: $0.update), second(of: $1.update))
            if firstSecond != secondSecond { return firstSecond > secondSecond }
            if $0.incident.id != $1.incident.id { return $0.incident.id < $1.incident.id }
            return $0.update.update.sameSecondIndex > $1.update.update.sameSecondIndex
        }
        return Array(newestFirst.prefix(limit))
    }

    /// The date of a feed carrying `updates` (as `select` gives them), as its RSS `lastBuildDate` and Atom
    /// `updated` say: the time of its newest update, or `now` for a feed without any. Not the build's
    /// moment, so that a feed does not change (for readers, caches and the next publish) on every build.
    static func lastChanged(_ updates: [(incident: TimelineIncident, update: TimelineUpdate)], now: Date) -> Date {
        updates.map(\.update.update.time).max() ?? now
    }

    /// Whether a feed of `incidents` (those naming a component, or the maintenances of the calendar) no
    /// longer changes as the clock moves: they have updates, and none is dated after `now`, so that no
    /// update is still to come out.
    static func isSettled(_ incidents: [TimelineIncident], now: Date) -> Bool {
        let times = incidents.flatMap { $0.incident.updates.map(\.time) }
        return !times.isEmpty && times.allSatisfy { $0 <= now }
    }

    /// The second an update is placed at.
    private static func second(of update: TimelineUpdate) -> Double {
        update.update.time.timeIntervalSince1970.rounded(.down)
    }

    /// The seconds of the `limit` newest updates of `incidents`, oldest first; empty when they have fewer.
    private static func newestSeconds(of incidents: [TimelineIncident]) -> [Double] {
        var newest: [Double] = []
        newest.reserveCapacity(limit + 1)
        for incident in incidents {
            for update in incident.updates {
                let time = second(of: update)
                guard newest.count < limit || time > newest[0] else { continue }
                newest.insert(time, at: newest.firstIndex { $0 >= time } ?? newest.count)
                if newest.count > limit { newest.removeFirst() }
            }
        }
        return newest.count < limit ? [] : newest
    }

    /// What a feed is called and where it lives, for the whole site or for `component`.
    static func subject(of component: Component?, _ context: RenderingContext) -> (title: String, link: String) {
        let config = context.config
        guard let component else { return (config.title, context.languageURL) }
        return (
            "\(component.name) · \(config.title)",
            context.languageURL + RenderingContext.path(ofComponent: component.id)
        )
    }
}
