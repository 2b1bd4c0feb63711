import Foundation
import StatusgenModel

/// Reads the `cdn:` block of a publish target: the CDN whose cache `statusgen publish` purges after the
/// target holds the new site.
///
/// ```yaml
/// publish:
///   bucket:
///     kind: s3
///     bucket: status-example
///     cdn:
///       kind: cloudfront
///       distribution: E2QWRUHEXAMPLE
///       access_key_env: AWS_ACCESS_KEY_ID      # the defaults; else ~/.aws/credentials
///       secret_key_env: AWS_SECRET_ACCESS_KEY
///   pages:
///     kind: git
///     repository: git@github.com:example/status.git
///     cdn:
///       kind: cloudflare
///       zone: 023e105f4ecef8ad9ca31a8372d0c353  # the zone's id, from its overview page
///       token_env: CLOUDFLARE_API_TOKEN         # the default
/// ```
///
/// Both take `endpoint`, the API's base URL, for a proxy or a test server.
extension PublishConfigParser {
    /// The keys each CDN kind takes besides `kind`.
    private static let cdnKeysByKind: [String: [String]] = [
        "cloudflare": ["zone", "token_env", "endpoint"],
        "cloudfront": ["distribution", "access_key_env", "secret_key_env", "endpoint"],
    ]

    /// The settings of target `target`'s `cdn:` block; every problem is added to `problems`.
    func cdn(_ entry: ConfigFile.CDNEntry, target: String, problems: inout [Diagnostic]) -> CDNSettings? {
        let at = Self.block + [.key(target), .key("cdn")]
        func fail(_ message: String, _ key: String? = nil) {
            let line =
                key.flatMap { reader.line(ofKey: $0, at: at, in: root) }
                ?? reader.line(ofKey: "cdn", at: Self.block + [.key(target)], in: root)
            problems.append(.error(message, at: reader.location(line: line)))
        }
        let kinds = Self.cdnKeysByKind.keys.sorted()
        guard let allowed = Self.cdnKeysByKind[entry.kind] else {
            fail(
                "unknown CDN kind '\(entry.kind)'" + Suggestion.hint(for: entry.kind, among: kinds)
                    + ": use one of \(kinds.joined(separator: ", "))", "kind")
            return nil
        }
        for key in reader.orderedKeys(at: at, in: root) where key != "kind" && !allowed.contains(key) {
            let owners = kinds.filter { Self.cdnKeysByKind[$0]?.contains(key) == true }
            if !owners.isEmpty {
                fail("'\(key)' is for '\(owners.joined(separator: "' or '"))', not '\(entry.kind)'", key)
            }
        }
        func required(_ value: String?, _ key: String) -> String {
            let text = value?.trimmingCharacters(in: .whitespaces) ?? ""
            if text.isEmpty { fail("the \(entry.kind) CDN of '\(target)' needs '\(key)'", value == nil ? nil : key) }
            return text
        }
        let isCloudflare = entry.kind == "cloudflare"
        let endpoint = entry.endpoint ?? (isCloudflare ? CDNSettings.cloudflareAPI : CDNSettings.cloudfrontAPI)
        if !(endpoint.hasPrefix("https://") || endpoint.hasPrefix("http://")) || URL(string: endpoint)?.host == nil {
            fail("'endpoint' must be an http:// or https:// URL, not '\(endpoint)'", "endpoint")
        }
        let trimmed = endpoint.hasSuffix("/") ? String(endpoint.dropLast()) : endpoint
        if isCloudflare {
            return .cloudflare(
                zone: required(entry.zone, "zone"),
                tokenVariable: entry.tokenEnv ?? CDNSettings.cloudflareTokenVariable, endpoint: trimmed)
        }
        return .cloudfront(
            distribution: required(entry.distribution, "distribution"),
            accessKeyVariable: entry.accessKeyEnv ?? "AWS_ACCESS_KEY_ID",
            secretKeyVariable: entry.secretKeyEnv ?? "AWS_SECRET_ACCESS_KEY", endpoint: trimmed)
    }
}

extension ConfigFile {
    /// The `cdn:` block of a publish target; which keys apply depends on `kind`.
    struct CDNEntry: Decodable {
        var kind: String
        var zone: String?
        var tokenEnv: String?
        var distribution: String?
        var accessKeyEnv: String?
        var secretKeyEnv: String?
        var endpoint: String?

        enum CodingKeys: String, CodingKey, CaseIterable {
            case kind, zone, distribution, endpoint
            case tokenEnv = "token_env"
            case accessKeyEnv = "access_key_env"
            case secretKeyEnv = "secret_key_env"
        }
    }
}
