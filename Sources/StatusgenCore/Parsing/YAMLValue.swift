import Foundation
import StatusgenModel
import Yams

/// A value of a composed YAML document, read by hand into Swift values with the results and diagnostics
/// `YAMLReader.decode` (Yams's `YAMLDecoder`) gives for the same types, at a fraction of its cost.
struct YAMLValue {
    let node: Node
    /// Where the value is in the document, as diagnostics name it.
    let path: [YAMLReader.PathElement]
    let reader: YAMLReader
    /// The whole document, in which diagnostics find the value's line.
    let root: Node

    /// The document `root` itself.
    init(root: Node, reader: YAMLReader) {
        self.init(node: root, path: [], reader: reader, root: root)
    }

    private init(node: Node, path: [YAMLReader.PathElement], reader: YAMLReader, root: Node) {
        self.node = node
        self.path = path
        self.reader = reader
        self.root = root
    }

    /// The value `node`, at `element` inside this one.
    func child(_ node: Node, at element: YAMLReader.PathElement) -> YAMLValue {
        YAMLValue(node: node, path: path + [element], reader: reader, root: root)
    }

    /// A single value as written: a number, `true` or `~` is its text too.
    func text() throws(Diagnostic) -> String {
        guard case .scalar(let scalar) = node else { throw wrongType(Node.Scalar.self) }
        return scalar.string
    }

    /// `true` or `false` in any spelling YAML 1.1 has for them (`yes`, `off`...), unless quoted or tagged text.
    func flag() throws(Diagnostic) -> Bool {
        guard case .scalar(let scalar) = node else { throw wrongType(Node.Scalar.self) }
        guard let flag = Bool.construct(from: scalar) else { throw wrongType(Bool.self) }
        return flag
    }

    /// One of the words of `Value`; another word is reported with the accepted ones and the closest.
    func word<Value: FileFormatValue>(_ type: Value.Type) throws(Diagnostic) -> Value {
        let word = try text()
        guard let value = Value(rawValue: word) else {
            throw reader.invalidValue(Value.unknownWordMessage(word), at: path, in: root)
        }
        return value
    }

    /// A time in either form `TimestampParser` reads.
    func timestamp() throws(Diagnostic) -> Date {
        let text = try text()
        do {
            return try TimestampParser.parse(text)
        } catch {
            throw reader.invalidValue(error.description, at: path, in: root)
        }
    }

    /// The items of a list.
    func items() throws(Diagnostic) -> [YAMLValue] {
        guard case .sequence(let sequence) = node else { throw wrongType(Node.Sequence.self) }
        return sequence.enumerated().map { index, item in child(item, at: .index(index)) }
    }

    /// The entries of a mapping.
    func entries() throws(Diagnostic) -> YAMLEntries {
        guard case .mapping(let mapping) = node else { throw wrongType(Node.Mapping.self) }
        return YAMLEntries(of: self, mapping)
    }

    private func wrongType(_ expected: Any.Type) -> Diagnostic {
        reader.wrongType(at: path, expected: expected, in: root)
    }
}
