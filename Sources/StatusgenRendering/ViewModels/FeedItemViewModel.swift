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
    /// The update's HTML, then what a subscriber needs that the update may not say: a maintenance's planned
    /// window and the affected components; the template escapes it as XML text.
    let html: String

    init(_ update: TimelineUpdate, of incident: TimelineIncident, _ context: RenderingContext) {
        let strings = context.strings
        title = strings.text(
            "feed_item_title", ["status": update.update.status.words(strings), "title": incident.incident.title])
        url = context.languageURL + RenderingContext.path(ofIncident: incident.id) + "#" + update.anchor
        pubDate = UTCTimestampFormatter.rfc822(update.update.time)
        html = update.update.bodyHTML + Self.facts(of: incident.incident, context)
    }

    /// "<p>Planned window: 28 Mar 2027, 01:30 CET to 04:00 CEST</p>" for a maintenance, and
    /// "<p>Affected components: API, Website</p>", as the incident's page says them.
    private static func facts(of incident: Incident, _ context: RenderingContext) -> String {
        let strings = context.strings
        var facts: [(String, String)] = []
        if let window = incident.window, let end = TimeRangeViewModel(from: window.starts, to: window.ends, context).end
        {
            let start = context.time.dateTime(window.starts)
            facts.append(("planned_window", start + " " + strings.text("range_to") + " " + end.text))
        }
        let names = context.affectedNames(of: incident)
        if !names.isEmpty { facts.append(("affected_components", names)) }
        return facts.map { key, text in
            "<p>" + MarkupEscaping.html(strings.text(key) + strings.text("colon") + " " + text) + "</p>\n"
        }.joined()
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
