import Mustache
import StatusgenModel

/// `embed.html`: a chromeless banner for an iframe on the company's own website or app, with nothing but
/// the page's state in words, the incidents and maintenance under way, and links to them. Readable
/// without JavaScript; the links open the status page outside the frame.
final class EmbedViewModel: TemplatedViewModel {
    static let template = PageTemplate.embed
    static let path = "embed.html"

    /// The site's title, for the frame's document title.
    let siteTitle: String
    /// The status page's address.
    let siteURL: String
    /// The prefix that turns a path from the site root into a link from the embed: "" or "../".
    let siteRoot: String
    /// `<html dir>`, as on the pages.
    let direction: String?
    let banner: BannerViewModel
    /// The incidents and maintenance under way, as the index lists them.
    let items: [EmbedItemViewModel]
    let hasItems: Bool

    init(_ context: RenderingContext) {
        siteTitle = context.config.title
        siteURL = context.languageURL
        siteRoot = context.language.siteRoot(from: "")
        direction = context.htmlDirection
        banner = BannerViewModel(context)
        items = context.timeline.incidents.filter { $0.phase == .active }.map {
            EmbedItemViewModel(IncidentViewModel($0, context), baseURL: context.languageURL)
        }
        hasItems = !items.isEmpty
    }
}

/// One incident or maintenance under way in the embed: its title, its status in words, and its page.
final class EmbedItemViewModel: Sendable {
    let title: String
    let statusText: String
    let url: String

    init(_ incident: IncidentViewModel, baseURL: String) {
        title = incident.title
        statusText = incident.statusText
        url = baseURL + incident.path
    }
}

extension EmbedViewModel: MustacheParent {
    /// The field a template names, as Mustache would find it by reflection: `nil` when there is none or it is `nil`.
    func child(named name: String) -> Any? {
        switch name {
        case "siteTitle": return self.siteTitle
        case "siteURL": return self.siteURL
        case "siteRoot": return self.siteRoot
        case "direction": return self.direction
        case "banner": return self.banner
        case "items": return self.items
        case "hasItems": return self.hasItems
        default: return nil
        }
    }
}

extension EmbedItemViewModel: MustacheParent {
    /// The field a template names, as Mustache would find it by reflection: `nil` when there is none or it is `nil`.
    func child(named name: String) -> Any? {
        switch name {
        case "title": return self.title
        case "statusText": return self.statusText
        case "url": return self.url
        default: return nil
        }
    }
}
