import Mustache
import StatusgenModel

/// One update as an Atom entry.
final class AtomEntryViewModel: Sendable {
    /// A tag URI (RFC 4151) that names the update for good, the same in every feed that carries it:
    /// "tag:status.example.com,2026-11-24:incidents/2026-11-24-uk-mail-flow/update-20261124T105200Z".
    let id: String
    /// "Investigating: Mail flow stopped for UK customers".
    let title: String
    /// The update on its incident's page, absolute.
    let url: String
    /// The update's time, RFC 3339 in UTC, as both `published` and `updated`.
    let published: String
    /// The update's HTML, which the template escapes as XML text.
    let html: String

    init(_ update: TimelineUpdate, of incident: TimelineIncident, _ context: RenderingContext) {
        let baseURL = context.languageURL
        let item = FeedItemViewModel(update, of: incident, context)
        title = item.title
        url = item.url
        html = item.html
        published = RFC3339.string(from: update.update.time)
        id = Self.tag(
            baseURL: baseURL, date: String(published.prefix(10)),
            specific: "incidents/\(incident.id)/\(update.anchor)")
    }

    /// "tag:HOST,DATE:PATH" with the host of `baseURL` (without a port) and its path before `specific`.
    static func tag(baseURL: String, date: String, specific: String) -> String {
        let afterScheme = baseURL.range(of: "://").map { baseURL[$0.upperBound...] } ?? baseURL[...]
        let hostAndPort = afterScheme.prefix { $0 != "/" }
        let host = hostAndPort.prefix { $0 != ":" }.lowercased()
        let basePath = afterScheme.dropFirst(hostAndPort.count).drop { $0 == "/" }
        return "tag:\(host),\(date):\(basePath)\(specific)"
    }
}

extension AtomEntryViewModel: MustacheParent {
    /// The field a template names, as Mustache would find it by reflection: `nil` when there is none or it is `nil`.
    func child(named name: String) -> Any? {
        switch name {
        case "id": return self.id
        case "title": return self.title
        case "url": return self.url
        case "published": return self.published
        case "html": return self.html
        default: return nil
        }
    }
}
