/// The order in which files reach a target, so that a reader never follows a link to a file that is not
/// there yet: what pages use, then the pages, then what lists them, and the front page last.
public enum PublishStage: Int, Sendable, Comparable, CaseIterable {
    /// Style sheets, scripts, images and fonts.
    case assets
    /// Incident, component and history pages, and every other page but the front page.
    case pages
    /// Feeds, the JSON API, the calendar, badges and reports, which link to the pages.
    case feeds
    /// `index.html` at the site's root.
    case index

    /// The stage of the file at `path`.
    public static func of(_ path: String) -> PublishStage {
        if path == "index.html" { return .index }
        let ending = path.split(separator: "/").last?.split(separator: ".").last?.lowercased() ?? ""
        switch ending {
        case "html": return .pages
        case "rss", "atom", "ics", "json", "xml", "csv", "txt": return .feeds
        // Badges show the current state: they go with the API, not with the look.
        case "svg" where path.hasPrefix("badges/"): return .feeds
        default: return .assets
        }
    }

    public static func < (lhs: PublishStage, rhs: PublishStage) -> Bool {
        lhs.rawValue < rhs.rawValue
    }
}
