/// How a web server sends each kind of site file: its media type, whether it is text in UTF-8, and how
/// long caches may keep it. The one table that `serve`, `publish` and the nginx block in the docs follow.
public struct WebFileType: Sendable, Hashable {
    /// The media type without parameters, such as `text/html`.
    public var mediaType: String
    /// Whether the file is text, sent with `; charset=utf-8`.
    public var isText: Bool
    /// The `Cache-Control` header's value.
    public var cacheControl: String

    public init(mediaType: String, isText: Bool, cacheControl: String) {
        self.mediaType = mediaType
        self.isText = isText
        self.cacheControl = cacheControl
    }

    /// The `Content-Type` header's value.
    public var contentType: String {
        isText ? mediaType + "; charset=utf-8" : mediaType
    }

    /// Pages, feeds, badges and the API can change on any build: caches may keep them for a minute.
    public static let shortCache = "public, max-age=60"
    /// The look changes rarely: the style sheet, scripts, images and fonts may be kept for a day.
    public static let longCache = "public, max-age=86400"

    /// Each known file ending, lower-case and without its dot.
    public static let byEnding: [String: WebFileType] = [
        "html": .init(mediaType: "text/html", isText: true, cacheControl: shortCache),
        "css": .init(mediaType: "text/css", isText: true, cacheControl: longCache),
        "js": .init(mediaType: "text/javascript", isText: true, cacheControl: longCache),
        "txt": .init(mediaType: "text/plain", isText: true, cacheControl: shortCache),
        "xml": .init(mediaType: "text/xml", isText: true, cacheControl: shortCache),
        "csv": .init(mediaType: "text/csv", isText: true, cacheControl: shortCache),
        "ics": .init(mediaType: "text/calendar", isText: true, cacheControl: shortCache),
        "rss": .init(mediaType: "application/rss+xml", isText: true, cacheControl: shortCache),
        "atom": .init(mediaType: "application/atom+xml", isText: true, cacheControl: shortCache),
        "json": .init(mediaType: "application/json", isText: true, cacheControl: shortCache),
        "svg": .init(mediaType: "image/svg+xml", isText: true, cacheControl: shortCache),
        "png": .init(mediaType: "image/png", isText: false, cacheControl: longCache),
        "jpg": .init(mediaType: "image/jpeg", isText: false, cacheControl: longCache),
        "jpeg": .init(mediaType: "image/jpeg", isText: false, cacheControl: longCache),
        "gif": .init(mediaType: "image/gif", isText: false, cacheControl: longCache),
        "webp": .init(mediaType: "image/webp", isText: false, cacheControl: longCache),
        "ico": .init(mediaType: "image/x-icon", isText: false, cacheControl: longCache),
        "woff": .init(mediaType: "font/woff", isText: false, cacheControl: longCache),
        "woff2": .init(mediaType: "font/woff2", isText: false, cacheControl: longCache),
    ]

    /// Files of unknown kinds are sent as bytes.
    public static let unknown = WebFileType(
        mediaType: "application/octet-stream", isText: false, cacheControl: shortCache)

    /// The type of the file at `path`, by its ending.
    public static func of(_ path: String) -> WebFileType {
        let name = path.split(separator: "/").last ?? ""
        guard let dot = name.lastIndex(of: ".") else { return unknown }
        return byEnding[name[name.index(after: dot)...].lowercased()] ?? unknown
    }
}
