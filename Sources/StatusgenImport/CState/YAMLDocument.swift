import StatusgenCore
import StatusgenModel
import Yams

/// A YAML text read into nodes that remember their lines in the file, for messages at `path:line`.
struct YAMLDocument {
    let path: String
    /// The file line where the YAML text starts (2 for front matter after its `---` line).
    let firstLine: Int
    let root: Node

    /// Reads `text` with the site's own YAML reader; a syntax error is thrown at its line.
    init(path: String, firstLine: Int, text: String) throws(Diagnostic) {
        self.path = path
        self.firstLine = firstLine
        root = try YAMLReader(path: path, firstLine: firstLine).compose(text)
    }

    /// The file location of `node`.
    func location(of node: Node?) -> SourceLocation {
        SourceLocation(path: path, line: node?.mark.map { $0.line + firstLine - 1 })
    }

    /// The value of `key` in the mapping `node`, with the key's own node for its line.
    static func value(_ key: String, in node: Node?) -> (key: Node, value: Node)? {
        guard let mapping = node?.mapping else { return nil }
        for (candidate, value) in mapping where candidate.string == key {
            return (candidate, value)
        }
        return nil
    }

    /// The keys of the mapping `node`, in file order.
    static func keys(of node: Node?) -> [Node] {
        node?.mapping.map { $0.map(\.key) } ?? []
    }

    /// A scalar's text, `nil` for lists, mappings and a YAML null (`~`, `null`, nothing).
    static func text(_ node: Node?) -> String? {
        guard let scalar = node?.scalar else { return nil }
        if scalar.style == .plain, ["", "~", "null", "Null", "NULL"].contains(scalar.string) { return nil }
        return scalar.string
    }
}
