import Mustache
import StatusgenModel

/// One update as an RSS item.
final class FeedItemViewModel: Sendable {
    /// "Investigating: Mail flow stopped for UK customers".
    let title: String
    /// The update on its incident's page, absolute; also the item's permanent guid.
    let url: String
    /// RFC 822 in UTC.
    let pubDate: String
    /// The update's HTML, which the template escapes as XML text.
    let html: String

    init(_ update: TimelineUpdate, of incident: TimelineIncident, baseURL: String, _ strings: Strings) {
        title = strings.text(
            "feed_item_title", ["status": update.update.status.words(strings), "title": incident.incident.title])
        url = baseURL + RenderingContext.path(ofIncident: incident.id) + "#" + update.anchor
        pubDate = UTCTimestampFormatter.rfc822(update.update.time)
        html = update.update.bodyHTML
    }
}

extension FeedItemViewModel: MustacheParent {
    /// The field a template names, as Mustache would find it by reflection: `nil` when there is none or it is `nil`.
    func child(named name: String) -> Any? {
        switch name {
        case "title": return self.title
        case "url": return self.url
        case "pubDate": return self.pubDate
        case "html": return self.html
        default: return nil
        }
    }
}
