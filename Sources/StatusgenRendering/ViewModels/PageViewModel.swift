/// What the layout of every page needs: titles, links and the build time.
struct PageViewModel {
    let siteTitle: String
    /// The site's description, `nil` when it has none.
    let description: String?
    /// The `<title>` of the page.
    let title: String
    /// The page's absolute URL.
    let canonicalURL: String
    /// The RSS feed's absolute URL.
    let feedURL: String
    /// The prefix that turns a path from the site root into a link from this page: "", "../" or "/".
    let root: String
    /// When the site was built.
    let lastUpdated: TimeViewModel

    /// The page at `path` (relative to the site root), reached from the root through `root`.
    init(_ context: RenderingContext, title: String?, path: String, root: String) {
        let config = context.config
        siteTitle = config.title
        description = config.description.isEmpty ? nil : config.description
        self.title = title.map { "\($0) · \(config.title)" } ?? config.title
        canonicalURL = config.baseURL + path
        feedURL = config.baseURL + FeedViewModel.path
        self.root = root
        lastUpdated = context.timeViewModel(context.timeline.now)
    }
}
