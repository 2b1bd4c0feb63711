import Foundation
import StatusgenModel
import Yams

/// Reads the `checks:` block of `statusgen.yml`: monitor name -> what `statusgen check` probes.
///
/// ```yaml
/// checks:
///   webmail:
///     http: https://mail.example.com/login
///     status: 200              # default 200
///     body_contains: Sign in
///     timeout_seconds: 5       # default 10
///     degraded_after_ms: 1500
///   smtp-in-uk:
///     tcp: mx1.example.com:25
///     banner: "220"
/// ```
struct CheckConfigParser {
    let reader: YAMLReader
    let root: Node

    private static let block: [YAMLReader.PathElement] = [.key("checks")]

    /// Unknown keys inside each check, with a "did you mean" hint.
    func unknownKeys() -> [Diagnostic] {
        reader.unknownKeys(
            inEntriesAt: Self.block, in: root, allowed: ConfigFile.CheckEntry.CodingKeys.allCases.map(\.rawValue))
    }

    /// The checks in the order they are written; every problem is added to `problems`.
    func parse(_ entries: [String: Collected<ConfigFile.CheckEntry>], problems: inout [Diagnostic])
        -> [CheckDefinition]
    {
        reader.namedEntries(entries, at: Self.block, in: root, problems: &problems) { name, entry, found in
            definition(name: name, entry: entry, at: Self.block + [.key(name)], problems: &found)
        }
    }

    private func definition(
        name: String, entry: ConfigFile.CheckEntry, at: [YAMLReader.PathElement], problems: inout [Diagnostic]
    ) -> CheckDefinition? {
        // Problems of a whole check are reported at its name, the others at their key's value.
        let nameLocation = nameLine(name).map { reader.location(line: $0) } ?? reader.location(of: at, in: root)
        func check(_ condition: Bool, _ message: String, _ key: String? = nil) {
            if !condition {
                problems.append(
                    .error(message, at: key.map { reader.location(of: at + [.key($0)], in: root) } ?? nameLocation))
            }
        }
        // The name is written into CSV rows as it is, so it must need no quoting.
        check(
            Self.isValidMonitorName(name),
            "check name '\(name)' must use only letters, digits, '.', '_' and '-'")
        let timeout = entry.timeoutSeconds ?? 10
        check(timeout > 0 && timeout <= 300, "'timeout_seconds' must be above 0 and at most 300", "timeout_seconds")
        if let degraded = entry.degradedAfterMs {
            check(degraded > 0, "'degraded_after_ms' must be above 0", "degraded_after_ms")
        }
        let target: CheckDefinition.Target?
        switch (entry.http, entry.tcp) {
        case (let url?, nil):
            target = httpTarget(url: url, entry: entry, check: check)
        case (nil, let address?):
            target = tcpTarget(address: address, entry: entry, check: check)
        case (.some, .some):
            check(false, "check '\(name)' has both 'http' and 'tcp': use one")
            target = nil
        case (nil, nil):
            check(false, "check '\(name)' needs 'http' (a URL) or 'tcp' (host:port)")
            target = nil
        }
        return target.map {
            CheckDefinition(
                monitor: name, target: $0, timeout: timeout, degradedAfterMs: entry.degradedAfterMs,
                line: nameLine(name))
        }
    }

    private func httpTarget(
        url: String, entry: ConfigFile.CheckEntry, check: (Bool, String, String?) -> Void
    ) -> CheckDefinition.Target? {
        check(entry.banner == nil, "'banner' is for 'tcp' checks", "banner")
        let status = entry.status ?? 200
        check((100...599).contains(status), "'status' must be an HTTP status code from 100 to 599", "status")
        if let text = entry.bodyContains { check(!text.isEmpty, "'body_contains' must not be empty", "body_contains") }
        guard Self.isWebURL(url) else {
            check(false, "'http' must be an absolute http:// or https:// URL, not '\(url)'", "http")
            return nil
        }
        return .http(url: url, expectedStatus: status, bodyContains: entry.bodyContains)
    }

    private func tcpTarget(
        address: String, entry: ConfigFile.CheckEntry, check: (Bool, String, String?) -> Void
    ) -> CheckDefinition.Target? {
        check(entry.status == nil, "'status' is for 'http' checks", "status")
        check(entry.bodyContains == nil, "'body_contains' is for 'http' checks", "body_contains")
        if let banner = entry.banner { check(!banner.isEmpty, "'banner' must not be empty", "banner") }
        guard let (host, port) = Self.hostAndPort(address) else {
            check(false, "'tcp' must be host:port with a port from 1 to 65535, not '\(address)'", "tcp")
            return nil
        }
        return .tcp(host: host, port: port, bannerPrefix: entry.banner)
    }

    /// The line of the check's name in the file.
    private func nameLine(_ name: String) -> Int? {
        reader.line(ofKey: name, at: Self.block, in: root)
    }

    static func isValidMonitorName(_ name: String) -> Bool {
        !name.isEmpty
            && name.unicodeScalars.allSatisfy {
                $0.isASCII && (CharacterSet.alphanumerics.contains($0) || "._-".unicodeScalars.contains($0))
            }
    }

    private static func isWebURL(_ text: String) -> Bool {
        guard !text.contains(where: \.isWhitespace), let url = URL(string: text),
            let scheme = url.scheme?.lowercased(), let host = url.host, !host.isEmpty
        else { return false }
        return scheme == "http" || scheme == "https"
    }

    /// `host:port`, or `[v6-address]:port`.
    static func hostAndPort(_ text: String) -> (String, Int)? {
        guard let colon = text.lastIndex(of: ":"), let port = Int(text[text.index(after: colon)...]),
            (1...65535).contains(port)
        else { return nil }
        var host = String(text[..<colon])
        if host.hasPrefix("[") && host.hasSuffix("]") { host = String(host.dropFirst().dropLast()) }
        guard !host.isEmpty, !host.contains(where: { $0.isWhitespace || "[]/".contains($0) }) else { return nil }
        return (host, port)
    }
}

extension ConfigFile {
    /// One entry of `checks:`.
    struct CheckEntry: Decodable {
        var http: String?
        var tcp: String?
        var status: Int?
        var bodyContains: String?
        var banner: String?
        var timeoutSeconds: Double?
        var degradedAfterMs: Double?

        enum CodingKeys: String, CodingKey, CaseIterable {
            case http, tcp, status, banner
            case bodyContains = "body_contains"
            case timeoutSeconds = "timeout_seconds"
            case degradedAfterMs = "degraded_after_ms"
        }
    }
}
