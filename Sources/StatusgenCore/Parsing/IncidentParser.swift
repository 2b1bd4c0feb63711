import Foundation
import StatusgenModel
import Yams

/// Reads an `incidents/ID.md` file into an `Incident`, reporting every problem with its line.
public struct IncidentParser: Sendable {
    /// The component ids configured for the site; an incident naming another id is an error.
    /// `nil` when the configuration could not be read, so ids cannot be checked.
    public var componentIDs: [String]?

    public init(componentIDs: [String]?) {
        self.componentIDs = componentIDs
    }

    /// Parses the file at `path` (relative to the site root) with contents `text`.
    public func parse(path: String, text: String) throws(DiagnosticList) -> Incident {
        let name = String(path.split(separator: "/").last ?? "")
        let id = SiteLayout.incidentID(fileName: name) ?? name
        guard SiteID.isValid(id) else {
            throw DiagnosticList([
                .error(
                    "file name '\(id).md' must use only a-z, 0-9 and '-' (it becomes the incident's URL)",
                    at: SourceLocation(path: path))
            ])
        }
        guard id.count <= SiteLayout.maximumIDLength else {
            throw DiagnosticList([
                .error(
                    "the file name is longer than \(SiteLayout.maximumIDLength) characters before '.md'; shorten it"
                        + " (the incident's id names its page, ID.html)",
                    at: SourceLocation(path: path))
            ])
        }
        let parts: FrontMatter
        do {
            parts = try FrontMatter.split(text)
        } catch .missingOpening {
            throw DiagnosticList([
                .error(
                    "the file must start with front matter: a '---' line, YAML, and another '---' line",
                    at: SourceLocation(path: path, line: 1))
            ])
        } catch {
            throw DiagnosticList([
                .error("the front matter has no closing '---' line", at: SourceLocation(path: path, line: 1))
            ])
        }

        var problems: [Diagnostic] = []
        var kind: IncidentKind? = .incident
        let header = readFrontMatter(parts, path: path, kind: &kind, problems: &problems)
        let body = readBody(parts, kind: kind, path: path, problems: &problems)
        if let header {
            let named = header.components.map(\.id)
            for update in body.updates {
                for change in update.componentChanges where !named.contains(change.id) {
                    problems.append(
                        .error(
                            "'\(change.id)' is not one of this incident's components: name it under 'components:'"
                                + " first, with its status when the incident began"
                                + Suggestion.hint(for: change.id, among: named),
                            at: SourceLocation(path: path, line: update.line)))
                }
            }
        }
        guard let header, problems.isEmpty else { throw DiagnosticList(problems) }
        if header.kind == .incident && body.updates.isEmpty {
            // A file that ends on its closing `---` line, without a line break, has no body line to name.
            let endsOnClosingLine = parts.body.isEmpty && !"\n\r".utf8.contains(text.utf8.last ?? 0)
            let line = endsOnClosingLine ? parts.bodyFirstLine - 1 : parts.bodyFirstLine
            throw DiagnosticList([
                .error(
                    "an incident needs at least one update, such as '## 2026-11-24T10:52:00Z investigating'",
                    at: SourceLocation(path: path, line: line))
            ])
        }
        return Incident(
            id: id, kind: header.kind, title: header.title, impact: header.impact, components: header.components,
            affectedText: header.affectedText,
            summaryHTML: body.summaryHTML, summaryText: body.summaryText, postmortemHTML: body.postmortemHTML,
            updates: body.updates,
            window: header.window, source: SourceLocation(path: path, line: 1), notify: header.notify)
    }

    /// The checked front matter.
    private struct Header {
        var title: String
        var kind: IncidentKind
        var impact: Impact
        var components: [AffectedComponent]
        var affectedText: [String]
        var window: MaintenanceWindow?
        var notify: Bool
    }

    /// The checked front matter, or `nil` after reporting its problems; `kind` is set from the YAML even
    /// then, since it decides which status words the update headings may use.
    private func readFrontMatter(
        _ parts: FrontMatter, path: String, kind: inout IncidentKind?, problems: inout [Diagnostic]
    ) -> Header? {
        let reader = YAMLReader(path: path, firstLine: parts.yamlFirstLine)
        let root: Node
        do {
            root = try reader.compose(parts.yaml)
        } catch {
            problems.append(error)
            return nil
        }
        if let word = reader.node(at: [.key("kind")], in: root)?.string {
            kind = IncidentKind(rawValue: word)
        }
        // Keys and component ids are checked on the YAML itself, so they are reported even when a value
        // elsewhere fails to decode.
        let before = problems.count
        let unknownKeys = reader.unknownKeys(
            at: [], in: root, allowed: IncidentFrontMatter.Key.allCases.map(\.rawValue))
        problems += unknownKeys
        let componentKeys = reader.orderedKeys(at: [.key("components")], in: root)
        for key in componentKeys where !(componentIDs?.contains(key) ?? true) {
            problems.append(
                .error(
                    "unknown component '\(key)'" + Suggestion.hint(for: key, among: componentIDs ?? []),
                    at: reader.location(of: [.key("components"), .key(key)], in: root)))
        }
        let file: IncidentFrontMatter
        do {
            file = try IncidentFrontMatter(reading: root, with: reader)
        } catch {
            if !YAMLReader.repeatsMisspelling(error, in: unknownKeys) { problems.append(error) }
            return nil
        }
        func report(_ message: String, at key: String, kind: Diagnostic.Kind = .general) {
            let problem = Diagnostic.error(message, at: reader.location(of: [.key(key)], in: root), kind: kind)
            if !YAMLReader.repeatsMisspelling(problem, in: unknownKeys) { problems.append(problem) }
        }

        let title = file.title.trimmingWhitespace()
        if title.isEmpty { report("'title' must not be empty", at: "title") }
        let kind = file.kind ?? .incident
        if kind == .incident && file.impact == nil {
            report(
                "missing key 'impact': one of none, minor, major, critical", at: "title",
                kind: .missingKey("impact", mapping: ""))
        }
        var window: MaintenanceWindow?
        switch kind {
        case .incident:
            if file.starts != nil { report("'starts' is only for 'kind: maintenance'", at: "starts") }
            if file.ends != nil { report("'ends' is only for 'kind: maintenance'", at: "ends") }
        case .maintenance:
            if let starts = file.starts, let ends = file.ends {
                if ends <= starts { report("'ends' must be after 'starts'", at: "ends") }
                window = MaintenanceWindow(starts: starts, ends: ends)
            } else {
                report(
                    "a maintenance needs 'starts' and 'ends' (RFC 3339 times)",
                    at: file.starts == nil ? "kind" : "starts")
            }
        }
        let components = componentKeys.compactMap { key in
            file.components?[key].map { AffectedComponent(id: key, status: $0) }
        }
        guard problems.count == before else { return nil }
        return Header(
            title: title, kind: kind, impact: file.impact ?? .none, components: components,
            affectedText: (file.affectedText ?? []).map { $0.trimmingWhitespace() }.filter {
                !$0.isEmpty
            },
            window: window, notify: file.notify ?? true)
    }

    /// The rendered parts of the body.
    struct Body {
        var summaryHTML = ""
        var summaryText = ""
        var postmortemHTML: String?
        var updates: [IncidentUpdate] = []
    }

    /// The summary, updates and postmortem; with `kind` unknown (misspelt), any status word is accepted.
    func readBody(_ parts: FrontMatter, kind: IncidentKind?, path: String, problems: inout [Diagnostic]) -> Body {
        let lines = FrontMatter.lines(of: parts.body)
        let headings = MarkdownRenderer.levelTwoHeadings(in: parts.body)
        func markdown(from start: Int, to end: Int) -> String {
            // Heading lines are 1-based within the body; `start...end` are body lines, inclusive.
            let upper = min(end, lines.count)
            guard start >= 1, start <= upper else { return "" }
            return lines[(start - 1)..<upper].joined(separator: "\n")
        }

        /// The HTML and plain text of body lines `start...end`; empty after reporting Markdown nested too deep.
        func render(from start: Int, to end: Int) -> (html: String, text: String) {
            do {
                return try MarkdownRenderer.renderWithPlainText(markdown(from: start, to: end))
            } catch {
                problems.append(
                    .error(
                        "Markdown nested more than \(MarkdownRenderer.maximumNesting) levels deep (lists, quotes or"
                            + " emphasis inside each other): statusgen does not render it; flatten the text",
                        at: SourceLocation(path: path, line: parts.bodyFirstLine + start + error.line - 2)))
                return ("", "")
            }
        }

        var body = Body()
        (body.summaryHTML, body.summaryText) = render(from: 1, to: (headings.first?.startLine ?? lines.count + 1) - 1)
        var postmortemLine: Int?
        for (index, heading) in headings.enumerated() {
            let fileLine = heading.startLine + parts.bodyFirstLine - 1
            let location = SourceLocation(path: path, line: fileLine)
            let contentEnd = (index + 1 < headings.count ? headings[index + 1].startLine : lines.count + 1) - 1
            let (html, text) = render(from: heading.endLine + 1, to: contentEnd)
            do {
                switch try UpdateHeading.parse(heading.text, kind: kind) {
                case .postmortem:
                    if let first = postmortemLine {
                        problems.append(
                            .error(
                                "a second '## Postmortem' section (the first is at line \(first)): an incident has"
                                    + " one postmortem", at: location))
                    }
                    postmortemLine = postmortemLine ?? fileLine
                    body.postmortemHTML = body.postmortemHTML ?? html
                case .update(let time, let status, let quiet, let changes):
                    body.updates.append(
                        IncidentUpdate(
                            time: time, status: status, bodyHTML: html, bodyText: text, line: fileLine, quiet: quiet,
                            componentChanges: changes))
                }
            } catch  where heading.endLine > heading.startLine {
                // Text on the line before a `---` line is a heading in Markdown (a "setext" heading).
                problems.append(
                    .error(
                        "'\(heading.text)' followed by a '---' line is a heading in Markdown: put a blank line"
                            + " before '---' for a horizontal rule", at: location))
            } catch {
                problems.append(.error(error.message, at: location))
            }
        }
        // Updates at the same second (`new` then `update` at once, from a script) keep their file order,
        // and their place at that second tells their anchors and feed ids apart.
        let second = { (update: IncidentUpdate) in update.time.timeIntervalSince1970.rounded(.down) }
        body.updates.sort { (second($0), $0.line) < (second($1), $1.line) }
        for index in body.updates.indices.dropFirst()
        where second(body.updates[index]) == second(body.updates[index - 1]) {
            body.updates[index].sameSecondIndex = body.updates[index - 1].sameSecondIndex + 1
        }
        return body
    }
}
