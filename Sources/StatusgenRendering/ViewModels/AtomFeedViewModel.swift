import Mustache
import StatusgenModel

/// An Atom 1.0 feed (RFC 4287): `feed.atom` for the whole site, `components/ID.atom` for one component.
final class AtomFeedViewModel: TemplatedViewModel {
    static let template = PageTemplate.atom
    static let path = "feed.atom"

    /// The feed's id: its own absolute URL, which stays as long as `base_url` does.
    let id: String
    let title: String
    let subtitle: String
    /// The feed's own absolute URL (`rel="self"`) and the page it belongs to (`rel="alternate"`).
    let feedURL: String
    let link: String
    /// The time of the feed's newest update (`FeedUpdates.lastChanged`), RFC 3339 in UTC.
    let updated: String
    /// The site's title, as the author of every entry.
    let author: String
    /// Newest first.
    let entries: [AtomEntryViewModel]

    /// The feed of the whole site, or of the incidents that name `component`.
    init(_ context: RenderingContext, component: Component? = nil) {
        let config = context.config
        (title, link) = FeedUpdates.subject(of: component, context)
        subtitle = FeedViewModel.description(of: component, context)
        feedURL = context.languageURL + Self.path(of: component)
        id = feedURL
        let updates = FeedUpdates.select(context, componentID: component?.id)
        updated = RFC3339.string(from: FeedUpdates.lastChanged(updates, now: context.timeline.now))
        author = config.title
        entries = updates.map {
            AtomEntryViewModel($0.update, of: $0.incident, context)
        }
    }

    /// The path of the site's Atom feed, or of `component`'s.
    static func path(of component: Component?) -> String {
        component.map { "components/\($0.id).atom" } ?? path
    }
}

extension AtomFeedViewModel: MustacheParent {
    /// The field a template names, as Mustache would find it by reflection: `nil` when there is none or it is `nil`.
    func child(named name: String) -> Any? {
        switch name {
        case "id": return self.id
        case "title": return self.title
        case "subtitle": return self.subtitle
        case "feedURL": return self.feedURL
        case "link": return self.link
        case "updated": return self.updated
        case "author": return self.author
        case "entries": return self.entries
        default: return nil
        }
    }
}
