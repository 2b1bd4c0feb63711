import Mustache

/// A feed offered for `<link rel="alternate">` and subscription links.
final class FeedLinkViewModel: Sendable {
    /// What the feed is about: "Inbound mail (SMTP)".
    let title: String
    /// The RSS and Atom feeds' absolute URLs.
    let rssURL: String
    let atomURL: String

    init(title: String, rssURL: String, atomURL: String) {
        self.title = title
        self.rssURL = rssURL
        self.atomURL = atomURL
    }
}

extension FeedLinkViewModel: MustacheParent {
    /// The field a template names, as Mustache would find it by reflection: `nil` when there is none or it is `nil`.
    func child(named name: String) -> Any? {
        switch name {
        case "title": return self.title
        case "rssURL": return self.rssURL
        case "atomURL": return self.atomURL
        default: return nil
        }
    }
}
