/// The CDN in front of a publish target, whose cache `statusgen publish` purges of the URLs that changed
/// once the target holds the new site. Credentials are never part of it: only the names of the
/// environment variables that hold them.
public enum CDNSettings: Sendable, Hashable {
    /// A Cloudflare zone, purged by URL with an API token.
    case cloudflare(zone: String, tokenVariable: String, endpoint: String)
    /// An Amazon CloudFront distribution, invalidated by path with AWS keys.
    case cloudfront(distribution: String, accessKeyVariable: String, secretKeyVariable: String, endpoint: String)

    /// The API the Cloudflare purge is sent to unless `endpoint` says otherwise.
    public static let cloudflareAPI = "https://api.cloudflare.com/client/v4"
    /// The API the CloudFront invalidation is sent to unless `endpoint` says otherwise.
    public static let cloudfrontAPI = "https://cloudfront.amazonaws.com"
    /// The variable that holds the Cloudflare API token unless `token_env` names another.
    public static let cloudflareTokenVariable = "CLOUDFLARE_API_TOKEN"
}
