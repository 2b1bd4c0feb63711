import Mustache

/// `robots.txt`: every robot may read everything; the sitemap is named.
final class RobotsViewModel: TemplatedViewModel {
    static let template = PageTemplate.robots
    static let path = "robots.txt"

    /// The sitemap's absolute URL.
    let sitemapURL: String

    init(sitemapURL: String) {
        self.sitemapURL = sitemapURL
    }
}

extension RobotsViewModel: MustacheParent {
    /// The field a template names, as Mustache would find it by reflection: `nil` when there is none or it is `nil`.
    func child(named name: String) -> Any? {
        switch name {
        case "sitemapURL": return self.sitemapURL
        default: return nil
        }
    }
}
