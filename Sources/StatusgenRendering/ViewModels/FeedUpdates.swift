import StatusgenModel

/// The updates a feed carries, the same way for every feed: one entry per update of every incident
/// and maintenance (or of those that name one component), newest first, at most `limit`.
enum FeedUpdates {
    /// The most entries a feed carries.
    static let limit = 50

    /// The updates for a feed of the whole site (`componentID` `nil`) or of one component.
    static func select(_ timeline: Timeline, componentID: String?) -> [(
        incident: TimelineIncident, update: TimelineUpdate
    )] {
        let incidents = timeline.incidents.filter { incident in
            componentID.map { id in incident.incident.components.contains { $0.id == id } } ?? true
        }
        let updates = incidents.flatMap { incident in incident.updates.map { (incident: incident, update: $0) } }
        // Newest first, to the second as updates are told apart; in one second, incidents in id order, and an
        // incident's updates newest first, the later in its file first, as on its page.
        let newestFirst = updates.sorted {
            let (first, second) = ($0.update.update, $1.update.update)
            let (firstSecond, secondSecond) = (
                first.time.timeIntervalSince1970.rounded(.down), second.time.timeIntervalSince1970.rounded(.down)
            )
            if firstSecond != secondSecond { return firstSecond > secondSecond }
            if $0.incident.id != $1.incident.id { return $0.incident.id < $1.incident.id }
            return first.sameSecondIndex > second.sameSecondIndex
        }
        return Array(newestFirst.prefix(limit))
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
