import Foundation
import StatusgenModel
import Yams

/// Reads the `publish:` block of `statusgen.yml`: target name -> where `statusgen publish` sends the site.
///
/// ```yaml
/// publish:
///   bucket:
///     kind: s3
///     endpoint: https://s3.eu-west-2.amazonaws.com
///     region: eu-west-2
///     bucket: status-example
///     prefix: ""                 # a folder in the bucket; default the root
///     path_style: false          # true for MinIO, Ceph and most local stores
///   mirror:
///     kind: ssh
///     host: deploy@status-2.example.net
///     path: /var/www/status      # the web root is /var/www/status/current
///   pages:
///     kind: git
///     repository: git@codeberg.org:example/status.git
///     branch: pages              # default gh-pages
///     cdn:                       # any target may name the CDN in front of it (see +CDN)
///       kind: cloudflare
///       zone: 023e105f4ecef8ad9ca31a8372d0c353
///   local:
///     kind: directory
///     path: /var/www/status/site
/// ```
struct PublishConfigParser {
    let reader: YAMLReader
    let root: Node

    static let block: [YAMLReader.PathElement] = [.key("publish")]
    /// The keys each kind takes besides `kind`.
    private static let keysByKind: [String: [String]] = [
        "s3": ["endpoint", "region", "bucket", "prefix", "path_style", "access_key_env", "secret_key_env"],
        "ssh": ["host", "path", "port", "ssh_command"],
        "git": ["repository", "branch"],
        "directory": ["path"],
    ]

    /// Unknown keys inside each target, with a "did you mean" hint.
    func unknownKeys() -> [Diagnostic] {
        reader.unknownKeys(
            inEntriesAt: Self.block, in: root, allowed: ConfigFile.PublishEntry.CodingKeys.allCases.map(\.rawValue))
            + reader.orderedKeys(at: Self.block, in: root).flatMap { name in
                reader.unknownKeys(
                    at: Self.block + [.key(name), .key("cdn")], in: root,
                    allowed: ConfigFile.CDNEntry.CodingKeys.allCases.map(\.rawValue))
            }
    }

    /// The targets in the order they are written; every problem is added to `problems`.
    func parse(_ entries: [String: Collected<ConfigFile.PublishEntry>], problems: inout [Diagnostic])
        -> [PublishTargetDefinition]
    {
        reader.namedEntries(entries, at: Self.block, in: root, problems: &problems) { name, entry, found in
            let cdn = entry.cdn.flatMap { self.cdn($0, target: name, problems: &found) }
            return kind(name: name, entry: entry, problems: &found).map {
                PublishTargetDefinition(
                    name: name, kind: $0, cdn: cdn, line: reader.line(ofKey: name, at: Self.block, in: root))
            }
        }
    }

    private func kind(name: String, entry: ConfigFile.PublishEntry, problems: inout [Diagnostic])
        -> PublishTargetDefinition.Kind?
    {
        let at = Self.block + [.key(name)]
        func fail(_ message: String, _ key: String? = nil) {
            let line =
                key.flatMap { reader.line(ofKey: $0, at: at, in: root) }
                ?? reader.line(ofKey: name, at: Self.block, in: root)
            problems.append(.error(message, at: reader.location(line: line)))
        }
        if !CheckConfigParser.isValidMonitorName(name) {
            fail("publish target name '\(name)' must use only letters, digits, '.', '_' and '-'")
        }
        let kinds = Self.keysByKind.keys.sorted()
        guard let allowed = Self.keysByKind[entry.kind] else {
            fail(
                "unknown publish kind '\(entry.kind)'" + Suggestion.hint(for: entry.kind, among: kinds)
                    + ": use one of \(kinds.joined(separator: ", "))", "kind")
            return nil
        }
        for key in reader.orderedKeys(at: at, in: root) where !["kind", "cdn"].contains(key) && !allowed.contains(key) {
            // A key of no kind at all is reported as unknown, with its "did you mean".
            let owners = kinds.filter { Self.keysByKind[$0]?.contains(key) == true }
            if !owners.isEmpty {
                fail("'\(key)' is for '\(owners.joined(separator: "' or '"))' targets, not '\(entry.kind)'", key)
            }
        }
        func required(_ value: String?, _ key: String) -> String {
            let text = value?.trimmingCharacters(in: .whitespaces) ?? ""
            if text.isEmpty { fail("\(entry.kind) target '\(name)' needs '\(key)'", value == nil ? nil : key) }
            return text
        }
        switch entry.kind {
        case "s3":
            let region = entry.region ?? "us-east-1"
            let endpoint = entry.endpoint ?? "https://s3.\(region).amazonaws.com"
            if !(endpoint.hasPrefix("https://") || endpoint.hasPrefix("http://")) || URL(string: endpoint)?.host == nil
            {
                fail("'endpoint' must be an http:// or https:// URL, not '\(endpoint)'", "endpoint")
            }
            return .s3(
                S3Settings(
                    endpoint: endpoint, region: region, bucket: required(entry.bucket, "bucket"),
                    prefix: (entry.prefix ?? "").trimmingCharacters(in: CharacterSet(charactersIn: "/")),
                    pathStyle: entry.pathStyle ?? false,
                    accessKeyVariable: entry.accessKeyEnv ?? "AWS_ACCESS_KEY_ID",
                    secretKeyVariable: entry.secretKeyEnv ?? "AWS_SECRET_ACCESS_KEY"))
        case "ssh":
            if let port = entry.port, !(1...65535).contains(port) { fail("'port' must be from 1 to 65535", "port") }
            let path = required(entry.path, "path")
            if !path.isEmpty && !path.hasPrefix("/") {
                fail("'path' must be absolute on the host, not '\(path)'", "path")
            }
            return .ssh(host: required(entry.host, "host"), path: path, port: entry.port, sshCommand: entry.sshCommand)
        case "git":
            return .git(repository: required(entry.repository, "repository"), branch: entry.branch ?? "gh-pages")
        default:
            return .directory(path: required(entry.path, "path"))
        }
    }
}

extension ConfigFile {
    /// One entry of `publish:`; which keys apply depends on `kind`.
    struct PublishEntry: Decodable {
        var kind: String
        var endpoint: String?
        var region: String?
        var bucket: String?
        var prefix: String?
        var pathStyle: Bool?
        var accessKeyEnv: String?
        var secretKeyEnv: String?
        var host: String?
        var path: String?
        var port: Int?
        var sshCommand: String?
        var repository: String?
        var branch: String?
        var cdn: CDNEntry?

        enum CodingKeys: String, CodingKey, CaseIterable {
            case kind, endpoint, region, bucket, prefix, host, path, port, repository, branch, cdn
            case pathStyle = "path_style"
            case accessKeyEnv = "access_key_env"
            case secretKeyEnv = "secret_key_env"
            case sshCommand = "ssh_command"
        }
    }
}
