import Foundation
import Mustache

/// What the layout of every page needs: titles, links and the build time.
final class PageViewModel: Sendable {
    let siteTitle: String
    /// The site's description, `nil` when it has none.
    let description: String?
    /// The `<title>` of the page.
    let title: String
    /// The page's absolute URL.
    let canonicalURL: String
    /// The RSS feed's absolute URL.
    let feedURL: String
    /// The Atom feed's absolute URL.
    let atomURL: String
    /// Feeds of this page's own subject, such as a component's, for `<link rel="alternate">`.
    let feeds: [FeedLinkViewModel]
    /// Open Graph: the page's own title (without the site's), what it says in one line, and its kind.
    let ogTitle: String
    let ogDescription: String
    /// "website", or "article" for an incident page.
    let ogType: String
    /// The announcement from `statusgen.yml`, while it has not expired.
    let notice: NoticeViewModel?
    /// The site's `footer:` as HTML, shown at the foot of the page.
    let footerHTML: String?
    /// The prefix that turns a path from the root of the page's language into a link from this page:
    /// "", "../" or "/" (and "/de/" for the 404 page of German).
    let root: String
    /// The prefix that turns a path from the site root into a link from this page, for the files every
    /// language shares (style sheet, API, reports): `root`, or one folder up for a language other than the default.
    let siteRoot: String
    /// `<html dir>`: "ltr" or "rtl"; `nil` for a site in one language written left to right.
    let direction: String?
    /// The page in each of the site's languages, the default first; empty for a site in one language.
    let languages: [LanguageLinkViewModel]
    /// Whether the site has more than one language, for the language switcher.
    let hasLanguages: Bool
    /// The URL for `hreflang="x-default"`: the page in the default language; `nil` for a site in one language.
    let defaultLanguageURL: String?
    /// When the page's content last changed: the build's moment, unless the page no longer changes
    /// with the clock (see `LastModified`).
    let lastUpdated: TimeViewModel

    /// The page at `path` (relative to the root of its language), reached from that root through `root`,
    /// last updated at `lastUpdated` (the build's moment when not given).
    init(
        _ context: RenderingContext, title: String?, path: String, root: String, summary: String? = nil,
        type: String = "website", feeds: [FeedLinkViewModel] = [], lastUpdated: Date? = nil
    ) {
        let config = context.config
        siteTitle = config.title
        description = config.description.isEmpty ? nil : config.description
        self.title = title.map { "\($0) · \(config.title)" } ?? config.title
        canonicalURL = context.languageURL + path
        feedURL = context.languageURL + FeedViewModel.path
        atomURL = context.languageURL + AtomFeedViewModel.path
        self.feeds = feeds
        ogTitle = title ?? config.title
        ogDescription = summary ?? description ?? config.title
        ogType = type
        notice = config.notice.flatMap { $0.isShown(at: context.timeline.now) ? NoticeViewModel($0) : nil }
        footerHTML = config.footerHTML
        self.root = root
        let language = context.language
        siteRoot = language.siteRoot(from: root)
        direction = context.htmlDirection
        hasLanguages = context.languages.count > 1
        let siteRoot = siteRoot
        languages =
            hasLanguages
            ? context.languages.map {
                LanguageLinkViewModel($0, current: language, path: path, siteRoot: siteRoot, baseURL: config.baseURL)
            } : []
        defaultLanguageURL = languages.first?.url
        self.lastUpdated = context.timeViewModel(lastUpdated ?? context.timeline.now)
    }
}

extension PageViewModel: MustacheParent {
    /// The field a template names, as Mustache would find it by reflection: `nil` when there is none or it is `nil`.
    func child(named name: String) -> Any? {
        switch name {
        case "siteTitle": return self.siteTitle
        case "description": return self.description
        case "title": return self.title
        case "canonicalURL": return self.canonicalURL
        case "feedURL": return self.feedURL
        case "atomURL": return self.atomURL
        case "feeds": return self.feeds
        case "ogTitle": return self.ogTitle
        case "ogDescription": return self.ogDescription
        case "ogType": return self.ogType
        case "notice": return self.notice
        case "root": return self.root
        case "siteRoot": return self.siteRoot
        case "direction": return self.direction
        case "languages": return self.languages
        case "hasLanguages": return self.hasLanguages
        case "defaultLanguageURL": return self.defaultLanguageURL
        case "lastUpdated": return self.lastUpdated
        case "footerHTML": return self.footerHTML
        default: return nil
        }
    }
}
