import Foundation
import StatusgenCore
import StatusgenModel

/// Reads the subscribers file: one subscriber a line, `address[,components[,locale]]`, where components
/// are ids separated by spaces (`mail webmail`); blank lines and lines starting with `#` are skipped, and
/// a first line `address,...` is a header.
public enum SubscriberList {
    /// The subscribers of `text` (the file at `path`, for messages), whose components must be among
    /// `componentIDs` and languages among `locales`; throws every bad line.
    public static func parse(_ text: String, path: String, componentIDs: [String], locales: [String])
        throws(DiagnosticList)
        -> [Subscriber]
    {
        var subscribers: [Subscriber] = []
        var problems: [Diagnostic] = []
        var seen: Set<String> = []
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespacesAndNewlines)
            if line.isEmpty || line.hasPrefix("#") || (index == 0 && line.lowercased().hasPrefix("address")) {
                continue
            }
            let location = SourceLocation(path: path, line: index + 1)
            let fields = line.split(separator: ",", omittingEmptySubsequences: false)
                .map { $0.trimmingCharacters(in: .whitespaces) }
            guard fields.count <= 3, MailAddress.isValid(fields[0]) else {
                problems.append(
                    .error(
                        "expected 'address,components,locale' with a plain address such as"
                            + " ann@example.com", at: location))
                continue
            }
            let components = fields.count > 1 ? fields[1].split(separator: " ").map(String.init) : []
            for id in components where !componentIDs.contains(id) {
                problems.append(
                    .error(
                        "unknown component '\(id)'" + Suggestion.hint(for: id, among: componentIDs),
                        at: location))
            }
            guard seen.insert(fields[0].lowercased()).inserted else {
                problems.append(.error("'\(fields[0])' is listed twice", at: location))
                continue
            }
            let locale = fields.count > 2 && !fields[2].isEmpty ? fields[2] : nil
            if let locale, !locales.contains(locale) {
                problems.append(
                    .error(
                        "unknown language '\(locale)'" + Suggestion.hint(for: locale, among: locales)
                            + "; there are strings for " + locales.joined(separator: ", "), at: location))
                continue
            }
            subscribers.append(Subscriber(address: fields[0], components: components, locale: locale))
        }
        guard problems.isEmpty else { throw DiagnosticList(problems) }
        return subscribers
    }

    /// The subscribers of the email `channel` of the site at `root`, read from its subscribers file, whose
    /// components must be among `componentIDs` and languages among `locales`; throws every bad line, or
    /// (at the channel's line in `statusgen.yml`) a file that cannot be read.
    public static func read(
        for channel: NotifyChannel, email: EmailSettings, root: URL, componentIDs: [String], locales: [String]
    ) throws(DiagnosticList) -> [Subscriber] {
        let path = email.subscribersPath
        guard let data = FileManager.default.contents(atPath: root.appendingPathComponent(path).path),
            let text = String(data: data, encoding: .utf8)
        else {
            throw DiagnosticList([
                .error(
                    "channel '\(channel.name)': cannot read its subscribers file \(path)",
                    at: SourceLocation(path: SiteLayout.configPath, line: channel.line))
            ])
        }
        return try parse(text, path: path, componentIDs: componentIDs, locales: locales)
    }

    /// Every problem of the subscribers files of the email channels of `config` (the site at `root`), as
    /// `statusgen notify` would refuse them. `locales` are the languages the site has strings for.
    public static func problems(root: URL, config: SiteConfig, locales: [String]) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        var checked: Set<String> = []
        for channel in config.notify {
            guard let email = channel.email, email.listAddress == nil, checked.insert(email.subscribersPath).inserted
            else { continue }
            do {
                _ = try read(
                    for: channel, email: email, root: root, componentIDs: config.components.map(\.id), locales: locales)
            } catch {
                problems += error.diagnostics
            }
        }
        return problems
    }
}
