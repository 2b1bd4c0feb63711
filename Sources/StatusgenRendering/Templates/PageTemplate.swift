/// A template the renderer renders a whole page or file with, named as its file under `templates/`
/// (`templates/feed.rss.mustache`); every other template is a partial.
enum PageTemplate: String, CaseIterable, Sendable {
    case index
    case incident
    case component
    case history
    case historyMonth = "history-month"
    case subscribe
    case notFound = "404"
    case rss = "feed.rss"
    case atom = "feed.atom"
    case robots = "robots.txt"
    case sitemap = "sitemap.xml"
    case embed
}
