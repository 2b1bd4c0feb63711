import Mustache
import StatusgenModel

/// An RSS feed: `feed.rss` for the whole site, `components/ID.rss` for one component.
final class FeedViewModel: TemplatedViewModel {
    static let template = PageTemplate.rss
    static let path = "feed.rss"

    let title: String
    /// The status page's, or the component page's, absolute URL.
    let link: String
    /// HTML, as RSS 2.0 and feed readers take a channel's description: the plain text escaped here, and
    /// once more by the template, so that a reader shows `<script>` in a site's description as text.
    let description: String
    /// The feed's own absolute URL.
    let feedURL: String
    /// The time of the feed's newest update (`FeedUpdates.lastChanged`), RFC 822 in UTC.
    let lastBuildDate: String
    /// Newest first.
    let items: [FeedItemViewModel]

    /// The feed of the whole site, or of the incidents that name `component`.
    init(_ context: RenderingContext, component: Component? = nil) {
        (title, link) = FeedUpdates.subject(of: component, context)
        description = MarkupEscaping.content(Self.description(of: component, context))
        feedURL = context.languageURL + Self.path(of: component)
        let updates = FeedUpdates.select(context, componentID: component?.id)
        lastBuildDate = UTCTimestampFormatter.rfc822(FeedUpdates.lastChanged(updates, now: context.timeline.now))
        items = updates.map {
            FeedItemViewModel($0.update, of: $0.incident, context)
        }
    }

    /// What the site's feed, or `component`'s, is about.
    static func description(of component: Component?, _ context: RenderingContext) -> String {
        let config = context.config
        if let component {
            return context.strings.text(
                "component_feed_description", ["component": component.name, "site": config.title])
        }
        return config.description.isEmpty
            ? context.strings.text("feed_description", ["site": config.title]) : config.description
    }

    /// The path of the site's feed, or of `component`'s.
    static func path(of component: Component?) -> String {
        component.map { "components/\($0.id).rss" } ?? path
    }
}

extension FeedViewModel: MustacheParent {
    /// The field a template names, as Mustache would find it by reflection: `nil` when there is none or it is `nil`.
    func child(named name: String) -> Any? {
        switch name {
        case "title": return self.title
        case "link": return self.link
        case "description": return self.description
        case "feedURL": return self.feedURL
        case "lastBuildDate": return self.lastBuildDate
        case "items": return self.items
        default: return nil
        }
    }
}
