import Yams

extension YAMLReader {
    /// The file line of the key `name` in the mapping at `block`, such as a check's or a channel's name.
    func keyLine(_ name: String, in block: [PathElement], of root: Node) -> Int? {
        let key = node(at: block, in: root)?.mapping?.first { key, _ in key.string == name }?.key
        return key?.mark.map { $0.line + firstLine - 1 }
    }
}
