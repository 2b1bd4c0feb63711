/// A feed offered for `<link rel="alternate">` and subscription links.
struct FeedLinkViewModel {
    /// What the feed is about: "Inbound mail (SMTP)".
    let title: String
    /// The RSS and Atom feeds' absolute URLs.
    let rssURL: String
    let atomURL: String
}
