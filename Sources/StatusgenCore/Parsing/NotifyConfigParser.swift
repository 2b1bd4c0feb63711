import Foundation
import StatusgenModel
import Yams

/// Reads the `notify:` block of `statusgen.yml`, or the file it names (the same channels at the top
/// level): channel name -> where `statusgen notify` sends updates.
///
/// ```yaml
/// notify:
///   ops:
///     kind: webhook                 # webhook, slack, teams, discord, mastodon or email
///     url: https://hooks.example.com/status    # or url_env: NAME (chat webhook addresses are secrets)
///     secret_env: STATUS_WEBHOOK_SECRET         # webhook: HMAC-SHA256 key; mastodon: token_env
///     timeout_seconds: 10
///   customers:
///     kind: email
///     smtp: smtp.example.com:587
///     security: starttls            # starttls (default), tls or none
///     auth: plain                   # plain (default) or login, with username_env and password_env
///     from: status@example.com
///     subscribers: subscribers.csv  # the default; or to: all-customers@example.com
///     unsubscribe: mailto:status-unsubscribe@example.com
///     subscribe: mailto:status-subscribe@example.com   # optional: shown on subscribe.html
///     ca_file: relay-ca.pem         # optional: trust a relay's private certificate
/// ```
struct NotifyConfigParser {
    let reader: YAMLReader
    let root: Node
    /// Where the channels are: under `notify:` in statusgen.yml, or at the top of a file of their own.
    var block: [YAMLReader.PathElement] = [.key("notify")]
    private typealias Keys = ConfigFile.NotifyEntry.CodingKeys

    /// Unknown keys inside each channel, with a "did you mean" hint.
    func unknownKeys() -> [Diagnostic] {
        reader.orderedKeys(at: block, in: root).flatMap { name in
            reader.unknownKeys(at: block + [.key(name)], in: root, allowed: Keys.allCases.map(\.rawValue))
        }
    }

    /// The channels in the order they are written; every problem is added to `problems`.
    func parse(_ entries: [String: Collected<ConfigFile.NotifyEntry>], problems: inout [Diagnostic])
        -> [NotifyChannel]
    {
        var channels: [NotifyChannel] = []
        for name in reader.orderedKeys(at: block, in: root) {
            guard let collected = entries[name] else { continue }
            switch collected.result {
            case .success(let entry):
                var found: [Diagnostic] = []
                let channel = self.channel(name: name, entry: entry, problems: &found)
                problems += found
                if found.isEmpty, let channel { channels.append(channel) }
            case .failure(let error):
                let problem = reader.diagnostic(for: error, in: root)
                if !YAMLReader.repeatsMisspelling(problem, in: problems) { problems.append(problem) }
            }
        }
        return channels
    }

    private func channel(name: String, entry: ConfigFile.NotifyEntry, problems: inout [Diagnostic])
        -> NotifyChannel?
    {
        let at = block + [.key(name)]
        let line = reader.line(ofKey: name, at: block, in: root)
        func check(_ condition: Bool, _ message: String, _ key: Keys? = nil) {
            guard !condition else { return }
            let location = key.map { reader.location(of: at + [.key($0.rawValue)], in: root) }
            problems.append(.error(message, at: location ?? reader.location(line: line)))
        }
        // The name is written into the ledger's tab-separated lines.
        check(SiteID.isValid(name), "channel name '\(name)' must use only a-z, 0-9 and '-'")
        let timeout = entry.timeoutSeconds ?? 10
        check(timeout > 0 && timeout <= 300, "'timeout_seconds' must be above 0 and at most 300", .timeoutSeconds)
        for (key, value) in [(Keys.urlEnv, entry.urlEnv), (.secretEnv, entry.secretEnv), (.tokenEnv, entry.tokenEnv)] {
            if let value { check(Self.isVariableName(value), Self.variableMessage(key, value), key) }
        }
        if entry.kind == .email {
            check(entry.url == nil && entry.urlEnv == nil, "'url' is not for 'kind: email': use 'smtp'", .url)
            let email = emailSettings(entry, check: check)
            return email.map {
                NotifyChannel(
                    name: name, kind: .email, endpoint: .value("\($0.host):\($0.port)"), email: $0, timeout: timeout,
                    line: line)
            }
        }
        for key in ConfigFile.NotifyEntry.emailKeys {
            check(!entry.hasValue(key), "'\(key.rawValue)' is only for 'kind: email'", key)
        }
        check(
            entry.kind == .mastodon ? entry.secretEnv == nil : entry.tokenEnv == nil,
            entry.kind == .mastodon
                ? "a mastodon channel takes its token from 'token_env', not 'secret_env'"
                : "'token_env' is only for 'kind: mastodon'", entry.kind == .mastodon ? .secretEnv : .tokenEnv)
        if entry.kind == .mastodon {
            check(entry.tokenEnv != nil, "a mastodon channel needs 'token_env': the variable of its access token")
        }
        if entry.kind != .webhook && entry.kind != .mastodon {
            check(entry.secretEnv == nil, "'secret_env' is only for 'kind: webhook'", .secretEnv)
        }
        let endpoint: NotifyChannel.Setting
        switch (entry.url, entry.urlEnv) {
        case (let url?, nil):
            check(Self.isWebURL(url), "'url' must be an absolute http:// or https:// URL, not '\(url)'", .url)
            endpoint = .value(url)
        case (nil, let variable?):
            endpoint = .environment(variable)
        default:
            check(false, "channel '\(name)' needs one of 'url' and 'url_env'")
            return nil
        }
        return NotifyChannel(
            name: name, kind: entry.kind, endpoint: endpoint, secretEnv: entry.secretEnv ?? entry.tokenEnv,
            timeout: timeout, line: line)
    }

    private func emailSettings(_ entry: ConfigFile.NotifyEntry, check: (Bool, String, Keys?) -> Void)
        -> EmailSettings?
    {
        for (key, value) in [(Keys.usernameEnv, entry.usernameEnv), (.passwordEnv, entry.passwordEnv)] {
            if let value { check(Self.isVariableName(value), Self.variableMessage(key, value), key) }
        }
        check(
            (entry.usernameEnv == nil) == (entry.passwordEnv == nil),
            "'username_env' and 'password_env' go together", entry.usernameEnv == nil ? .passwordEnv : .usernameEnv)
        check(entry.to == nil || entry.subscribers == nil, "use one of 'to' and 'subscribers'", .to)
        if let to = entry.to { check(MailAddress.isValid(to), "'to' must be an address such as list@example.com", .to) }
        guard let smtp = entry.smtp else {
            check(false, "an email channel needs 'smtp': host:port of its SMTP server", nil)
            return nil
        }
        guard let (host, port) = CheckConfigParser.hostAndPort(smtp) else {
            check(false, "'smtp' must be host:port with a port from 1 to 65535, not '\(smtp)'", .smtp)
            return nil
        }
        guard let from = entry.from, MailAddress.isValid(from) else {
            check(false, "an email channel needs 'from': an address such as status@example.com", .from)
            return nil
        }
        guard let unsubscribe = entry.unsubscribe, unsubscribe.hasPrefix("mailto:"),
            MailAddress.isValid(String(unsubscribe.dropFirst("mailto:".count)))
        else {
            check(false, "an email channel needs 'unsubscribe': a mailto: address for List-Unsubscribe", .unsubscribe)
            return nil
        }
        if let subscribe = entry.subscribe {
            check(
                Self.isWebURL(subscribe) || EmailSettings.mailtoAddress(subscribe).map(MailAddress.isValid) == true,
                "'subscribe' must be a mailto: address or an http:// or https:// page where readers ask to be added,"
                    + " not '\(subscribe)'", .subscribe)
        }
        return EmailSettings(
            host: host, port: port, security: entry.security ?? .starttls, authentication: entry.auth ?? .plain,
            usernameEnv: entry.usernameEnv, passwordEnv: entry.passwordEnv, from: from, listAddress: entry.to,
            subscribersPath: entry.subscribers ?? SiteLayout.subscribersPath, unsubscribe: unsubscribe,
            subscribe: entry.subscribe, caFile: entry.caFile)
    }

    private static func isVariableName(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, !CharacterSet.decimalDigits.contains(first) else { return false }
        return text.unicodeScalars.allSatisfy { $0.isASCII && (CharacterSet.alphanumerics.contains($0) || $0 == "_") }
    }

    private static func variableMessage(_ key: Keys, _ value: String) -> String {
        "'\(key.rawValue)' names an environment variable (such as STATUS_SECRET), not '\(value)'"
    }

    private static func isWebURL(_ text: String) -> Bool {
        guard !text.contains(where: \.isWhitespace), let url = URL(string: text),
            let scheme = url.scheme?.lowercased(), let host = url.host, !host.isEmpty
        else { return false }
        return scheme == "http" || scheme == "https"
    }
}

extension ConfigFile.NotifyEntry {
    /// Whether the email-only `key` is written.
    fileprivate func hasValue(_ key: CodingKeys) -> Bool {
        switch key {
        case .smtp: smtp != nil
        case .security: security != nil
        case .auth: auth != nil
        case .usernameEnv: usernameEnv != nil
        case .passwordEnv: passwordEnv != nil
        case .from: from != nil
        case .to: to != nil
        case .subscribers: subscribers != nil
        case .unsubscribe: unsubscribe != nil
        case .subscribe: subscribe != nil
        case .caFile: caFile != nil
        default: false
        }
    }
}

extension NotifyConfigParser {
    /// The channels of `file`, a notify file named by `notify:` in statusgen.yml; every problem is added to
    /// `problems`, at the file's own lines.
    static func parse(file: InputFile, problems: inout [Diagnostic]) -> [NotifyChannel] {
        guard let text = String(data: file.contents, encoding: .utf8) else {
            problems.append(.notUTF8(file.contents, path: file.path))
            return []
        }
        let reader = YAMLReader(path: file.path, firstLine: 1)
        do {
            let root = try reader.compose(text)
            let parser = NotifyConfigParser(reader: reader, root: root, block: [])
            var found = parser.unknownKeys()
            let entries = try reader.decode([String: Collected<ConfigFile.NotifyEntry>].self, from: root)
            let channels = parser.parse(entries, problems: &found)
            problems += found
            return channels
        } catch {
            problems.append(error)
            return []
        }
    }
}
