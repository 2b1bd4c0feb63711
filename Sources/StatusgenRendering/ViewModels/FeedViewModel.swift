import StatusgenModel

/// The RSS feed, `feed.rss`: one item per update of every incident and maintenance.
struct FeedViewModel {
    static let path = "feed.rss"
    /// The most items the feed carries.
    static let itemLimit = 50

    let title: String
    /// The status page's absolute URL.
    let link: String
    let description: String
    /// The feed's own absolute URL.
    let feedURL: String
    /// RFC 822 in UTC.
    let lastBuildDate: String
    /// Newest first.
    let items: [FeedItemViewModel]

    init(_ context: RenderingContext) {
        let config = context.config
        title = config.title
        link = config.baseURL
        description =
            config.description.isEmpty
            ? context.strings.text("feed_description", ["site": config.title]) : config.description
        feedURL = config.baseURL + Self.path
        lastBuildDate = UTCTimestampFormatter.rfc822(context.timeline.now)
        let updates = context.timeline.incidents.flatMap { incident in
            incident.updates.map { (incident: incident, update: $0) }
        }
        // Newest first; updates at the same instant in incident id and file order, so the feed is stable.
        let newestFirst = updates.sorted {
            let (first, second) = ($0.update.update, $1.update.update)
            if first.time != second.time { return first.time > second.time }
            if $0.incident.id != $1.incident.id { return $0.incident.id < $1.incident.id }
            return first.line < second.line
        }
        items = newestFirst.prefix(Self.itemLimit).map {
            FeedItemViewModel($0.update, of: $0.incident, baseURL: config.baseURL, context.strings)
        }
    }
}
