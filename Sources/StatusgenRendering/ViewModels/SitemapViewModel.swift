import Foundation
import Mustache
import StatusgenModel

/// `sitemap.xml` (sitemaps.org 0.9): every HTML page but the 404 page, with its absolute URL.
struct SitemapViewModel: TemplatedViewModel {
    static let template = PageTemplate.sitemap
    static let path = "sitemap.xml"

    struct Entry {
        /// The page's absolute URL.
        let url: String
        /// When its content last changed, RFC 3339 in UTC.
        let lastModified: String
    }

    let entries: [Entry]

    /// The pages at `paths` (from the site root) with the moments their content last changed.
    init(_ pages: [(path: String, lastModified: Date)], baseURL: String) {
        entries = pages.sorted { $0.path < $1.path }.map {
            // The status page is known by the site's address itself.
            Entry(
                url: baseURL + ($0.path == IndexViewModel.path ? "" : $0.path),
                lastModified: RFC3339.string(from: $0.lastModified))
        }
    }
}

extension SitemapViewModel.Entry: MustacheParent {
    /// The field a template names, as Mustache would find it by reflection: `nil` when there is none or it is `nil`.
    func child(named name: String) -> Any? {
        switch name {
        case "url": return self.url
        case "lastModified": return self.lastModified
        default: return nil
        }
    }
}

extension SitemapViewModel: MustacheParent {
    /// The field a template names, as Mustache would find it by reflection: `nil` when there is none or it is `nil`.
    func child(named name: String) -> Any? {
        switch name {
        case "entries": return self.entries
        default: return nil
        }
    }
}
