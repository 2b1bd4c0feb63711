import Foundation
import StatusgenModel
import Yams

/// Reads YAML into typed values and reports every problem at its line in the original file.
///
/// Yams counts lines from the start of the YAML text; `firstLine` is where that text starts in the
/// file (2 for front matter after its opening `---`), so messages point at the user's line.
public struct YAMLReader: Sendable {
    let path: String
    let firstLine: Int

    /// A reader of the YAML in the file at `path`, whose text starts at line `firstLine` of the file.
    public init(path: String, firstLine: Int) {
        self.path = path
        self.firstLine = firstLine
    }

    /// A key of a coding path, as written in the file: a mapping key or a list index.
    enum PathElement: Equatable {
        case key(String)
        case index(Int)
    }

    /// The YAML document as a node tree; an empty document is an empty mapping.
    public func compose(_ text: String) throws(Diagnostic) -> Node {
        try refuseUnicodeLineBreaks(in: text)
        do {
            // The encoding given rather than `.default`, which reads the environment on every call.
            return try Yams.compose(yaml: text, .default, .default, .utf8) ?? Node.mapping(Node.Mapping([]))
        } catch let error as YamlError {
            throw diagnostic(for: error, in: text)
        } catch {
            throw .error("cannot read YAML: \(error)", at: location(line: nil))
        }
    }

    /// Refuses U+0085, U+2028 and U+2029: YAML reads them as line breaks, Markdown and editors do not,
    /// so every line number after one would be off, and edits by line (`statusgen update`) would miss.
    private func refuseUnicodeLineBreaks(in text: String) throws(Diagnostic) {
        var line = 0
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n": line += 1
            case "\u{85}", "\u{2028}", "\u{2029}":
                let code = String(scalar.value, radix: 16, uppercase: true)
                throw .error(
                    "a Unicode line break (U+\(String(repeating: "0", count: 4 - code.count))\(code)) that YAML would"
                        + " read as the end of the line: remove it, or use a plain line break",
                    at: location(line: firstLine + line))
            default: continue
            }
        }
    }

    /// Decodes `type` from `node`, turning a decoding failure into a diagnostic at the offending value.
    func decode<T: Decodable>(_ type: T.Type, from node: Node) throws(Diagnostic) -> T {
        do {
            return try YAMLDecoder(encoding: .utf8).decode(type, from: node)
        } catch let error as DecodingError {
            throw diagnostic(for: error, in: node)
        } catch let error as YamlError {
            throw diagnostic(for: error, in: "")
        } catch {
            throw .error("\(error)", at: location(line: line(of: node)))
        }
    }

    /// An error for each key of the mapping at `path` that is not in `allowed`, with a "did you mean" hint.
    func unknownKeys(at path: [PathElement], in root: Node, allowed: [String]) -> [Diagnostic] {
        guard let mapping = self.node(at: path, in: root)?.mapping else { return [] }
        let mappingPath = describe(path)
        return mapping.compactMap { key, _ in
            guard let name = key.string, !allowed.contains(name) else { return nil }
            let place = path.isEmpty ? "" : " in \(mappingPath)"
            let meaning = Suggestion.closest(to: name, among: allowed)
            return .error(
                "unknown key '\(name)'\(place)" + Suggestion.hint(for: name, among: allowed),
                at: location(line: line(of: key)),
                kind: meaning.map { .misspeltKey(meaning: $0, mapping: mappingPath) } ?? .general)
        }
    }

    /// Whether `diagnostic` says a key is missing that an unknown key of the same mapping in `unknownKeys`
    /// was suggested to be: a misspelt key is reported once, as unknown with its "did you mean", not also
    /// as missing.
    static func repeatsMisspelling(_ diagnostic: Diagnostic, in unknownKeys: [Diagnostic]) -> Bool {
        guard case .missingKey(let key, let mapping) = diagnostic.kind else { return false }
        return unknownKeys.contains {
            $0.location.path == diagnostic.location.path && $0.kind == .misspeltKey(meaning: key, mapping: mapping)
        }
    }

    /// The location in the file of the value at `path` (or of the nearest enclosing value that exists).
    func location(of path: [PathElement], in root: Node) -> SourceLocation {
        var current = root
        for element in path {
            guard let next = child(of: current, at: element) else { break }
            current = next
        }
        return location(line: line(of: current))
    }

    /// The node at `path`, if there is one.
    func node(at path: [PathElement], in root: Node) -> Node? {
        var current = root
        for element in path {
            guard let next = child(of: current, at: element) else { return nil }
            current = next
        }
        return current
    }

    /// The keys of the mapping at `path`, in file order.
    func orderedKeys(at path: [PathElement], in root: Node) -> [String] {
        node(at: path, in: root)?.mapping?.compactMap { key, _ in key.string } ?? []
    }

    /// The line of the key `name` of the mapping at `path`, if there is one.
    func line(ofKey name: String, at path: [PathElement], in root: Node) -> Int? {
        let key = node(at: path, in: root)?.mapping?.first { key, _ in key.string == name }?.key
        return key?.mark.map { $0.line + firstLine - 1 }
    }

    func location(line: Int?) -> SourceLocation {
        SourceLocation(path: path, line: line)
    }

    private func line(of node: Node) -> Int? {
        // Only the empty document, made up in `compose`, has no mark: it is at the YAML's first line.
        node.mark.map { $0.line + firstLine - 1 } ?? firstLine
    }

    private func child(of node: Node, at element: PathElement) -> Node? {
        switch element {
        case .key(let key): node.mapping.flatMap { YAMLKey.value(forKey: key, in: $0) }
        case .index(let index): node.sequence.flatMap { index < $0.count ? $0[index] : nil }
        }
    }

    private func describe(_ path: [PathElement]) -> String {
        var text = ""
        for element in path {
            switch element {
            case .key(let key): text += text.isEmpty ? key : ".\(key)"
            case .index(let index): text += "[\(index + 1)]"
            }
        }
        return text
    }

    private func pathElements(_ codingPath: [CodingKey]) -> [PathElement] {
        codingPath.map { key in key.intValue.map(PathElement.index) ?? .key(key.stringValue) }
    }

    /// The diagnostic for a decoding failure, at the line of the value it concerns.
    func diagnostic(for error: DecodingError, in root: Node) -> Diagnostic {
        switch error {
        case .keyNotFound(let key, let context):
            missingKey(key.stringValue, in: pathElements(context.codingPath), of: root)
        case .typeMismatch(let type, let context), .valueNotFound(let type, let context):
            wrongType(at: pathElements(context.codingPath), expected: type, in: root)
        case .dataCorrupted(let context):
            invalidValue(context.debugDescription, at: pathElements(context.codingPath), in: root)
        @unknown default:
            .error("\(error)", at: location(line: nil))
        }
    }

    /// "missing key 'KEY'", at the mapping at `parent` that lacks it.
    func missingKey(_ key: String, in parent: [PathElement], of root: Node) -> Diagnostic {
        .error(
            "missing key '\(key)'", at: location(of: parent, in: root),
            kind: .missingKey(key, mapping: describe(parent)))
    }

    /// "'PATH' must be ...", at the value at `path` that is not of the `expected` type.
    func wrongType(at path: [PathElement], expected type: Any.Type, in root: Node) -> Diagnostic {
        let subject = path.isEmpty ? "the YAML document" : "'\(describe(path))'"
        return .error("\(subject) must be \(Self.describeType(type))", at: location(of: path, in: root))
    }

    /// "'PATH': MESSAGE", at the value at `path` that is of the right type but not a valid one.
    func invalidValue(_ message: String, at path: [PathElement], in root: Node) -> Diagnostic {
        let prefix = path.isEmpty ? "" : "'\(describe(path))': "
        return .error(prefix + message, at: location(of: path, in: root))
    }

    private func diagnostic(for error: YamlError, in text: String) -> Diagnostic {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
            .composer(_, let problem, let mark, _):
            return .error("invalid YAML: \(problem)", at: location(line: mark.line + firstLine - 1))
        case .reader(let problem, let offset, _, let yaml):
            // Yams's own description echoes the line with a caret and counts from the YAML's start; the
            // offset (in UTF-8 bytes of the YAML) gives the line in the file.
            let line = offset.map { offset in firstLine + yaml.utf8.prefix(offset).count { $0 == 0x0A } }
            return .error("invalid YAML: \(problem)", at: location(line: line))
        case .duplicatedKeysInMapping(let duplicates, let context):
            // Yams marks the first of the keys; the mistake is usually the one written later.
            let first = context.mark.line
            let message = "duplicate key '\(duplicates.joined(separator: "', '"))'"
            guard let key = duplicates.first, let again = Self.line(repeating: key, after: first, in: text) else {
                return .error(message, at: location(line: first + firstLine - 1))
            }
            return .error(
                message + ": it is set at line \(first + firstLine - 1) already",
                at: location(line: again + firstLine - 1))
        default:
            return .error("invalid YAML: \(error)", at: location(line: nil))
        }
    }

    /// The line (1-based) after line `first`, where `key` starts a mapping's entry, that sets `key` again in
    /// the same block mapping: at the same column, before a line less indented ends the mapping. `nil` when
    /// none is found so (a flow mapping, a quoted key).
    static func line(repeating key: String, after first: Int, in text: String) -> Int? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard first >= 1, first <= lines.count else { return nil }
        /// Where the line's key starts: after its indentation and any "- " of a list item.
        func keyColumn(_ line: Substring) -> (indent: Int, column: Int) {
            let indent = line.prefix { $0 == " " }.count
            var rest = line.dropFirst(indent)
            var column = indent
            while rest.hasPrefix("- ") {
                let dash = rest.dropFirst(2).prefix { $0 == " " }.count + 2
                rest = rest.dropFirst(dash)
                column += dash
            }
            return (indent, column)
        }
        func setsKey(_ line: Substring, at column: Int) -> Bool {
            let rest = line.dropFirst(column)
            guard rest.hasPrefix(key) else { return false }
            return rest.dropFirst(key.count).drop { $0 == " " }.hasPrefix(":")
        }
        let column = keyColumn(lines[first - 1]).column
        guard setsKey(lines[first - 1], at: column) else { return nil }
        for number in (first + 1)...max(first + 1, lines.count) where number <= lines.count {
            let line = lines[number - 1]
            let trimmed = line.drop { $0 == " " }
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            let (indent, keyAt) = keyColumn(line)
            if indent < column { return nil }
            if indent == column && keyAt == column && setsKey(line, at: column) { return number }
        }
        return nil
    }

    private static func describeType(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "text"
        // Yams names the node it expected when it finds a list or mapping where a single value belongs,
        // or the reverse.
        case is Node.Scalar.Type: "a single value, not a list or mapping"
        case is Node.Sequence.Type: "a list"
        case is Int.Type: "a whole number"
        case is Double.Type: "a number"
        case is Bool.Type: "true or false"
        default:
            String(describing: type).hasPrefix("Array") ? "a list" : "a mapping of keys to values"
        }
    }
}
