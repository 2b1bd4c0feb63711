import StatusgenCore
import StatusgenModel
import Yams

/// The operator's own answers for `affected` names that equal no system: a YAML mapping from the name
/// to a component id, or to nothing (`""` or `~`) to keep the name as text on the incident.
public struct ComponentMap: Sendable {
    /// The ids given, by name as written in the map; `nil` keeps the name as text.
    private(set) var ids: [String: String?] = [:]
    /// Where each name is in the map file, for messages.
    private(set) var locations: [String: SourceLocation] = [:]

    /// An empty map: every name that equals no system stays text.
    public init() {}

    /// Reads the map file at `path` (for messages) with contents `text`.
    public init(path: String, text: String) throws(DiagnosticList) {
        let document: YAMLDocument
        do {
            document = try YAMLDocument(path: path, firstLine: 1, text: text)
        } catch {
            throw DiagnosticList([error])
        }
        guard let mapping = document.root.mapping else {
            if YAMLDocument.text(document.root) == nil, document.root.scalar != nil { return }
            throw DiagnosticList([
                .error("the map must be YAML lines such as 'Old name: component-id'", at: document.location(of: nil))
            ])
        }
        var problems: [Diagnostic] = []
        for (key, value) in mapping {
            guard let name = key.string else { continue }
            guard value.scalar != nil else {
                problems.append(.error("'\(name)' must map to one component id", at: document.location(of: value)))
                continue
            }
            let id = YAMLDocument.text(value)?.trimmingSpaces()
            ids[name] = id?.isEmpty == false ? id : nil
            locations[name] = document.location(of: key)
        }
        guard problems.isEmpty else { throw DiagnosticList(problems) }
    }

    /// A map to fill in: every name with an empty id (kept as text until one is given), and its count.
    public static func starting(_ names: [(name: String, count: Int)]) -> String {
        var text = """
            # Affected names of the old status page that are no component's name. Give each the id of the
            # component it is (see statusgen.yml), or leave it empty to keep the name as text on its incidents.

            """
        for entry in names {
            text += "\(YAMLScalar.write(entry.name)): \"\"  # \(ImportSummary.count(entry.count, "issue"))\n"
        }
        return text
    }

    /// The entry for `name`: written the same, or the same with case and punctuation aside.
    func entry(for name: String) -> (name: String, id: String?)? {
        if let id = ids[name] { return (name, id) }
        let key = ComponentName.key(name)
        return ids.keys.sorted().first { ComponentName.key($0) == key }.map { ($0, ids[$0] ?? nil) }
    }

    /// Names given an id that is not a component: errors at their line in the map.
    func unknownIDs(among componentIDs: [String]) -> [Diagnostic] {
        ids.keys.sorted().compactMap { name in
            guard let id = ids[name] ?? nil, !componentIDs.contains(id) else { return nil }
            return .error(
                "'\(id)' is not a component id" + Suggestion.hint(for: id, among: componentIDs),
                at: locations[name] ?? SourceLocation(path: ""))
        }
    }
}
