import Mustache
import StatusgenModel

/// A page's version in one of the site's languages, for `<link rel="alternate" hreflang>` and the
/// language switcher.
final class LanguageLinkViewModel: Sendable {
    /// The language's code, for `hreflang` and `lang`: "de".
    let code: String
    /// The language's name in itself: "Deutsch".
    let name: String
    /// The version's absolute URL.
    let url: String
    /// A link to the version from the page.
    let link: String
    /// Whether this is the language of the page itself.
    let isCurrent: Bool

    /// The version in `language` of the page at `path` (within a language, "" for the index), from a page
    /// in `current` whose prefix to the site root is `siteRoot`.
    init(_ language: SiteLanguage, current: SiteLanguage, path: String, siteRoot: String, baseURL: String) {
        code = language.code
        name = language.name
        url = baseURL + language.path(path)
        link = siteRoot + language.path(path.isEmpty ? IndexViewModel.path : path)
        isCurrent = language == current
    }
}

extension LanguageLinkViewModel: MustacheParent {
    /// The field a template names, as Mustache would find it by reflection: `nil` when there is none or it is `nil`.
    func child(named name: String) -> Any? {
        switch name {
        case "code": return self.code
        case "name": return self.name
        case "url": return self.url
        case "link": return self.link
        case "isCurrent": return self.isCurrent
        default: return nil
        }
    }
}
