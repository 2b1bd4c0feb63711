import Foundation

/// An announcement shown at the top of every page (`notice:` in `statusgen.yml`).
public struct SiteNotice: Sendable, Hashable {
    /// How prominent the notice is.
    public enum Level: String, Sendable, Hashable, CaseIterable {
        case info
        case warning
    }

    /// The notice's Markdown, rendered to HTML by cmark-gfm.
    public var html: String
    public var level: Level
    /// The moment after which the notice is no longer shown; `nil` for a notice that does not expire.
    public var expires: Date?

    public init(html: String, level: Level = .info, expires: Date? = nil) {
        self.html = html
        self.level = level
        self.expires = expires
    }

    /// Whether the notice is shown in a build for `now`: until, not including, its expiry.
    public func isShown(at now: Date) -> Bool {
        expires.map { now < $0 } ?? true
    }
}
