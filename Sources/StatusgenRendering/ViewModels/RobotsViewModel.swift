/// `robots.txt`: every robot may read everything; the sitemap is named.
struct RobotsViewModel {
    static let path = "robots.txt"

    /// The sitemap's absolute URL.
    let sitemapURL: String
}
