import Foundation
import StatusgenModel
import Yams

/// An incident template, `templates/incidents/NAME.md`: the front matter and first message of a kind of
/// incident an operator writes often, with `{placeholders}` that `statusgen new --template NAME --set
/// key=value` fills in, so that the first update under pressure is quick to write right.
public struct IncidentTemplate: Sendable {
    /// What a filled template says; `nil` where the template leaves a value to the command line.
    public struct Filled: Sendable, Equatable {
        public var title: String
        public var kind: IncidentKind
        public var impact: Impact?
        public var components: [AffectedComponent]
        public var window: MaintenanceWindow?
        public var message: String
    }

    /// The template's name: its file name without `.md`.
    public let name: String
    /// Its path relative to the site root.
    public let path: String
    private let text: String

    /// The template in the file at `path` (`templates/incidents/NAME.md`) with contents `text`.
    public init(path: String, text: String) {
        self.path = path
        self.text = text
        name = SiteLayout.incidentID(fileName: String(path.split(separator: "/").last ?? "")) ?? path
    }

    /// The placeholders of the template, in the order they first appear.
    public var placeholders: [String] {
        Placeholders.names(in: text)
    }

    /// The template with `values` filled in; every placeholder needs a value, and every value a placeholder.
    /// The front matter is read as YAML before the values go in, so that no value can change its shape.
    public func filled(with values: [String: String]) throws(DiagnosticList) -> Filled {
        let names = placeholders
        var problems = names.filter { values[$0] == nil }.map { name in
            Diagnostic.error(
                "no value for {\(name)}: give --set \(name)=TEXT", at: SourceLocation(path: path, line: line(of: name)))
        }
        for key in values.keys.sorted() where !names.contains(key) {
            let known = names.isEmpty ? "it has none" : "it has " + names.map { "{\($0)}" }.joined(separator: ", ")
            problems.append(
                .error(
                    "--set \(key): the template has no {\(key)}; \(known)" + Suggestion.hint(for: key, among: names),
                    at: SourceLocation(path: path)))
        }
        guard problems.isEmpty else { throw DiagnosticList(problems) }
        let parts: FrontMatter
        do {
            parts = try FrontMatter.split(text)
        } catch {
            throw DiagnosticList([
                .error(
                    "an incident template starts with front matter between '---' lines", at: SourceLocation(path: path))
            ])
        }
        let reader = YAMLReader(path: path, firstLine: parts.yamlFirstLine)
        let frontMatter: IncidentFrontMatter
        do {
            let node = Self.filling(try reader.compose(parts.yaml)) { Placeholders.fill($0) { values[$0] } }
            frontMatter = try IncidentFrontMatter(reading: node, with: reader)
        } catch {
            throw DiagnosticList([error])
        }
        let kind = frontMatter.kind ?? .incident
        let window = frontMatter.starts.flatMap { starts in
            frontMatter.ends.map { MaintenanceWindow(starts: starts, ends: $0) }
        }
        return Filled(
            title: frontMatter.title, kind: kind, impact: frontMatter.impact,
            components: (frontMatter.components ?? [:]).sorted { $0.key < $1.key }.map {
                AffectedComponent(id: $0.key, status: $0.value)
            },
            window: window,
            message: Placeholders.fill(parts.body) { values[$0] }.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// The 1-based line where `name` first appears.
    private func line(of name: String) -> Int? {
        text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains("{\(name)}") }
            .map { $0 + 1 }
    }

    /// `node` with `change` applied to every scalar, keys included.
    private static func filling(_ node: Node, _ change: (String) -> String) -> Node {
        switch node {
        case .scalar(let scalar):
            return .scalar(Node.Scalar(change(scalar.string), scalar.tag, scalar.style, scalar.mark))
        case .mapping(let mapping):
            let pairs = mapping.map { (filling($0.key, change), filling($0.value, change)) }
            return .mapping(Node.Mapping(pairs, mapping.tag, mapping.style, mapping.mark))
        case .sequence(let sequence):
            return .sequence(
                Node.Sequence(sequence.map { filling($0, change) }, sequence.tag, sequence.style, sequence.mark))
        case .alias:
            return node
        }
    }
}
