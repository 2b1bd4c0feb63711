import Foundation
import StatusgenCore
import StatusgenModel
import Yams

/// Reads one cState issue file, reporting every doubtful reading as a warning at its line.
struct CStateIssueReader {
    /// Front matter keys that are read.
    static let convertedKeys = [
        "title", "date", "resolved", "resolvedWhen", "severity", "affected", "informational", "pin",
    ]
    /// Front matter keys that cState uses only for its own pages, left out without a word.
    static let ignoredKeys = [
        "section", "id", "automated", "lastmod", "lastMod", "modified", "tags", "slug", "url", "aliases",
    ]
    /// Keys that sites use to say that a post is maintenance (`maintenance: true`, `section: maintenance`,
    /// `tags: [maintenance]`); read for that only.
    static let kindKeys = ["maintenance", "kind", "type", "section", "category", "categories", "tags"]

    /// What reading one file gave: the issue, or `nil` when the file is left out or has errors.
    struct Outcome {
        var issue: CStateIssue?
        var warnings: [Diagnostic] = []
        var errors: [Diagnostic] = []
        /// Lines of times without a zone, reported together with the body's.
        var zonelessLines: [Int] = []
        /// Something the issue says could not be carried over (an unknown severity, an unreadable
        /// `resolvedWhen`): the issue is written without it, and counted as degraded.
        var isDegraded = false
    }

    /// Reads the file at `path` (relative to the cState site) with contents `text`.
    func read(path: String, text: String) -> Outcome {
        var outcome = Outcome()
        let lines = text.replacingOccurrences(of: "\r\n", with: "\n").split(
            separator: "\n", omittingEmptySubsequences: false)
        var opening = String(lines.first ?? "").trimmingSpaces()
        if opening.hasPrefix("\u{FEFF}") { opening.removeFirst() }
        if opening == "+++" {
            outcome.errors.append(
                .error("TOML front matter is not supported: convert it to YAML between '---' lines", at: at(path, 1)))
            return outcome
        }
        guard opening == "---",
            let closing = lines.indices.dropFirst().first(where: { String(lines[$0]).trimmingSpaces() == "---" })
        else {
            outcome.errors.append(.error("no YAML front matter between '---' lines", at: at(path, 1)))
            return outcome
        }
        let yaml = lines[1..<closing].joined(separator: "\n")
        let document: YAMLDocument
        do {
            document = try YAMLDocument(path: path, firstLine: 2, text: yaml)
        } catch {
            outcome.errors.append(error)
            return outcome
        }
        reportCommentedKeys(lines[1..<closing], path: path, into: &outcome.warnings)
        let root = document.root
        guard root.mapping != nil else {
            outcome.errors.append(
                .error("the front matter is not a mapping of keys to values", at: document.location(of: root)))
            return outcome
        }
        func node(_ key: String) -> (key: Node, value: Node)? { YAMLDocument.value(key, in: root) }
        func scalar(_ key: String) -> String? { YAMLDocument.text(node(key)?.value) }

        for key in YAMLDocument.keys(of: root) {
            guard let name = key.string, !Self.convertedKeys.contains(name), !Self.ignoredKeys.contains(name),
                !Self.kindKeys.contains(name)
            else {
                continue
            }
            if name == "draft" { continue }
            outcome.warnings.append(
                .warning(
                    "'\(name)' is not converted" + Suggestion.hint(for: name, among: Self.convertedKeys),
                    at: document.location(of: key)))
        }
        if let draft = scalar("draft"), CStateBoolean.parse(draft) == true {
            outcome.warnings.append(
                .warning(
                    "a draft (draft: \(draft)), which cState does not publish: left out",
                    at: document.location(of: node("draft")?.key)))
            return outcome
        }

        guard let title = scalar("title")?.trimmingSpaces(), !title.isEmpty else {
            outcome.errors.append(.error("missing 'title'", at: document.location(of: node("title")?.key ?? root)))
            return outcome
        }
        guard let dateNode = node("date"), let dateText = YAMLDocument.text(dateNode.value) else {
            outcome.errors.append(.error("missing 'date'", at: at(path, 1)))
            return outcome
        }
        guard let date = readTime(dateText, key: "date", at: document.location(of: dateNode.value), into: &outcome)
        else { return outcome }

        var resolved = false
        if let resolvedNode = node("resolved"), let word = YAMLDocument.text(resolvedNode.value) {
            if let value = CStateBoolean.parse(word) {
                resolved = value
            } else {
                outcome.warnings.append(
                    .warning(
                        "resolved: '\(word)' is not true or false: read as not resolved",
                        at: document.location(of: resolvedNode.value)))
            }
        }
        var resolvedWhen: CStateIssue.Located<CStateTime>?
        // An empty value (`resolvedWhen: ""`, as cState's archetype writes it) is no value.
        if let whenNode = node("resolvedWhen"), let whenText = YAMLDocument.text(whenNode.value),
            !whenText.trimmingSpaces().isEmpty
        {
            let location = document.location(of: whenNode.value)
            if CStateTime.parse(whenText) != nil {
                resolvedWhen = readTime(whenText, key: "resolvedWhen", at: location, into: &outcome)
            } else if !resolved {
                outcome.warnings.append(
                    .warning("resolvedWhen: '\(whenText)' is ignored: 'resolved' is not true", at: location))
            } else {
                outcome.isDegraded = true
                outcome.warnings.append(
                    .warning(
                        "resolvedWhen: '\(whenText)' is not a date and time: the issue is resolved at its newest update",
                        at: location))
            }
        }

        let informational = scalar("informational").flatMap(CStateBoolean.parse) == true
        let pinned = scalar("pin").flatMap(CStateBoolean.parse) == true
        let severity = readSeverity(
            node("severity"), document: document, isAnnouncement: informational || pinned, into: &outcome)

        var affected: [CStateIssue.Located<String>] = []
        if let affectedNode = node("affected") {
            let entries = affectedNode.value.sequence.map(Array.init) ?? [affectedNode.value]
            for entry in entries {
                guard let name = YAMLDocument.text(entry)?.trimmingSpaces(), !name.isEmpty else { continue }
                affected.append(.init(value: name, location: document.location(of: entry)))
            }
        }

        var maintenanceKey: String?
        for key in Self.kindKeys {
            guard let value = node(key)?.value else { continue }
            let words = (value.sequence.map(Array.init) ?? [value]).compactMap(YAMLDocument.text)
            let says =
                key == "maintenance"
                ? words.contains { CStateBoolean.parse($0) == true }
                : words.contains { ["maintenance", "planned", "scheduled"].contains($0.lowercased()) }
            if says, maintenanceKey == nil { maintenanceKey = "\(key): \(words.joined(separator: ", "))" }
        }

        let aliases = (node("aliases").map { $0.value.sequence.map(Array.init) ?? [$0.value] } ?? [])
            .compactMap(YAMLDocument.text)
        outcome.issue = CStateIssue(
            path: path, name: Self.stem(of: path),
            addresses: CStateAddress.issue(
                stem: Self.stem(of: path), slug: scalar("slug"), url: scalar("url"),
                aliases: aliases), title: title, date: date, resolved: resolved,
            resolvedWhen: resolvedWhen, severity: severity, affected: affected,
            isAnnouncement: informational || (pinned && node("severity") == nil),
            closesAtOnce: informational && !pinned,
            maintenanceKey: maintenanceKey, zonelessLines: outcome.zonelessLines,
            body: lines[(closing + 1)...].joined(separator: "\n"),
            bodyFirstLine: closing + 2)
        return outcome
    }

    /// The file name without folders and `.md`.
    static func stem(of path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        return name.hasSuffix(".md") ? String(name.dropLast(3)) : name
    }

    private func at(_ path: String, _ line: Int) -> SourceLocation {
        SourceLocation(path: path, line: line)
    }

    private func readTime(
        _ text: String, key: String, at location: SourceLocation, into outcome: inout Outcome
    ) -> CStateIssue.Located<CStateTime>? {
        guard let time = CStateTime.parse(text) else {
            outcome.errors.append(
                .error("\(key): '\(text)' is not a date and time such as 2025-04-24 07:30:00", at: location))
            return nil
        }
        if time.wasIrregular {
            outcome.warnings.append(
                .warning(
                    "\(key): '\(text)' read as \(RFC3339.string(milliseconds: MonitorResultRow.milliseconds(time.seconds)))",
                    at: location))
        } else if time.hadNoZone, let line = location.line {
            outcome.zonelessLines.append(line)
        }
        return .init(value: time, location: location)
    }

    private func readSeverity(
        _ node: (key: Node, value: Node)?, document: YAMLDocument, isAnnouncement: Bool, into outcome: inout Outcome
    ) -> CStateSeverity? {
        let words = CStateSeverity.allCases.map(\.rawValue)
        guard let node, let word = YAMLDocument.text(node.value)?.trimmingSpaces() else {
            // An announcement has no severity of its own.
            if isAnnouncement { return .notice }
            outcome.warnings.append(
                .warning("no 'severity': read as notice", at: document.location(of: node?.key ?? document.root)))
            return .notice
        }
        if let severity = CStateSeverity(rawValue: word.lowercased()) { return severity }
        let location = document.location(of: node.value)
        if let closest = Suggestion.closest(to: word, among: words), let severity = CStateSeverity(rawValue: closest) {
            outcome.warnings.append(.warning("severity '\(word)' read as '\(closest)'", at: location))
            return severity
        }
        // cState shows an issue of another severity and changes no system's status: so does the import.
        outcome.isDegraded = true
        outcome.warnings.append(
            .warning(
                "unknown severity '\(word)' (cState knows \(words.joined(separator: ", "))): imported with no impact"
                    + " and its components operational, as cState shows it", at: location))
        return nil
    }

    /// Warns about front matter keys that are commented out, since a reader of the file may think they count.
    private func reportCommentedKeys(_ lines: ArraySlice<Substring>, path: String, into warnings: inout [Diagnostic]) {
        for (offset, line) in lines.enumerated() {
            var text = Substring(line)
            while text.first == " " { text.removeFirst() }
            guard text.hasPrefix("#") else { continue }
            text.removeFirst()
            while text.first == " " { text.removeFirst() }
            guard let colon = text.firstIndex(of: ":") else { continue }
            let key = String(text[..<colon])
            if Self.convertedKeys.contains(key) {
                warnings.append(
                    .warning("'\(key)' is commented out: ignored", at: at(path, lines.startIndex + offset + 1)))
            }
        }
    }
}
