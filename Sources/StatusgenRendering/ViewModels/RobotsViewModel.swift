/// `robots.txt`: every robot may read everything; the sitemap is named.
struct RobotsViewModel: TemplatedViewModel {
    static let template = PageTemplate.robots
    static let path = "robots.txt"

    /// The sitemap's absolute URL.
    let sitemapURL: String
}
