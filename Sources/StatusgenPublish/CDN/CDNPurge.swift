/// A CDN's API that makes its edge servers forget cached copies of URLs.
protocol CDNPurge: Sendable {
    /// The CDN's name for messages: `Cloudflare`, `CloudFront`.
    var provider: String { get }

    /// Makes the CDN forget `urls` (absolute, as readers ask for them); throws with the API's own
    /// words when it refuses.
    func purge(_ urls: [String]) async throws
}
