import Foundation
import Mustache
import StatusgenModel

/// `sitemap.xml` (sitemaps.org 0.9): every HTML page but the 404 page, in every language, with its absolute
/// URL and, on a site in several languages, its versions in the others (`xhtml:link` alternates).
final class SitemapViewModel: TemplatedViewModel {
    static let template = PageTemplate.sitemap
    static let path = "sitemap.xml"

    final class Entry: Sendable {
        /// The page's absolute URL.
        let url: String
        /// When its content last changed, RFC 3339 in UTC.
        let lastModified: String
        /// The page in each of the site's languages, itself included; empty for a site in one language.
        let alternates: [Alternate]

        init(url: String, lastModified: String, alternates: [Alternate]) {
            self.url = url
            self.lastModified = lastModified
            self.alternates = alternates
        }
    }

    /// A version of a page in one language.
    final class Alternate: Sendable {
        let code: String
        let url: String

        init(code: String, url: String) {
            self.code = code
            self.url = url
        }
    }

    let entries: [Entry]
    /// Whether any entry has alternates, for the `xhtml` namespace.
    let hasAlternates: Bool

    /// The pages at `paths` (within a language) with the moments their content last changed, in each of
    /// `languages`.
    init(_ pages: [(path: String, lastModified: Date)], in languages: [SiteLanguage], baseURL: String) {
        func url(_ path: String, _ language: SiteLanguage) -> String {
            // A language's status page is known by its folder's address itself.
            baseURL + language.path(path == IndexViewModel.path ? "" : path)
        }
        let entries = languages.flatMap { language in
            pages.map { page in
                (
                    path: language.path(page.path),
                    entry: Entry(
                        url: url(page.path, language), lastModified: RFC3339.string(from: page.lastModified),
                        alternates: languages.count > 1
                            ? languages.map { Alternate(code: $0.code, url: url(page.path, $0)) } : [])
                )
            }
        }
        self.entries = entries.sorted { $0.path < $1.path }.map(\.entry)
        hasAlternates = languages.count > 1
    }
}

extension SitemapViewModel.Entry: MustacheParent {
    /// The field a template names, as Mustache would find it by reflection: `nil` when there is none or it is `nil`.
    func child(named name: String) -> Any? {
        switch name {
        case "url": return self.url
        case "lastModified": return self.lastModified
        case "alternates": return self.alternates
        default: return nil
        }
    }
}

extension SitemapViewModel.Alternate: MustacheParent {
    /// The field a template names, as Mustache would find it by reflection: `nil` when there is none or it is `nil`.
    func child(named name: String) -> Any? {
        switch name {
        case "code": return self.code
        case "url": return self.url
        default: return nil
        }
    }
}

extension SitemapViewModel: MustacheParent {
    /// The field a template names, as Mustache would find it by reflection: `nil` when there is none or it is `nil`.
    func child(named name: String) -> Any? {
        switch name {
        case "entries": return self.entries
        case "hasAlternates": return self.hasAlternates
        default: return nil
        }
    }
}
