import StatusgenModel
import Yams

/// The entries of a YAML mapping as Yams's `YAMLDecoder` reads them, so that reading them by hand accepts
/// and refuses exactly what decoding did: a merge key (`<<`) gives way to the entries it merges, which
/// come first, and a key is found as `YAMLKey` finds it, the last entry winning.
struct YAMLEntries {
    /// The mapping itself.
    let mapping: YAMLValue
    private let entries: [(key: Node, value: Node)]

    /// The entries of `node`, the mapping `mapping`.
    init(of mapping: YAMLValue, _ node: Node.Mapping) {
        self.mapping = mapping
        entries = Self.merged(node)
    }

    /// The value of the key `name`; a missing key is reported at the mapping.
    func value(forKey name: String) throws(Diagnostic) -> YAMLValue {
        mapping.child(try node(forKey: name), at: .key(name))
    }

    /// The value of the key `name`, or `nil` when the key is missing or its value is a null (`~`, `null`
    /// or nothing, unquoted), as for an optional property.
    func valueIfPresent(forKey name: String) -> YAMLValue? {
        guard let node = YAMLKey.value(forKey: name, in: entries), node.null == nil else { return nil }
        return mapping.child(node, at: .key(name))
    }

    /// Every entry, its value read by `read`, by its key's text, as for a `[String: Value]` property.
    ///
    /// Yams's decoder lists the keys, then looks each up by its text; a key that its own text does not
    /// find (the quoted key `"true"` is not the key `true`) is reported missing. A key that reads as a
    /// whole number, such as `123`, names its place as an index: `components[124]`.
    func dictionary<Value>(_ read: (YAMLValue) throws(Diagnostic) -> Value) throws(Diagnostic) -> [String: Value] {
        var dictionary: [String: Value] = [:]
        for (key, _) in entries where !Self.isDecoderKey(key) {
            guard let name = key.string else { continue }
            let element = Int(name).map(YAMLReader.PathElement.index) ?? .key(name)
            dictionary[name] = try read(mapping.child(try node(forKey: name), at: element))
        }
        return dictionary
    }

    private func node(forKey name: String) throws(Diagnostic) -> Node {
        guard let node = YAMLKey.value(forKey: name, in: entries) else {
            throw mapping.reader.missingKey(name, in: mapping.path, of: mapping.root)
        }
        return node
    }

    /// The entries of `mapping` with each merge key replaced by the entries it merges (a mapping's, or
    /// those of a list of mappings, the last first), before all others, as Yams's decoder flattens it.
    ///
    /// The decoder also retags a `=` key as text, so that no look-up finds it: that shows in its tag here.
    private static func merged(_ mapping: Node.Mapping) -> [(key: Node, value: Node)] {
        var merged: [(key: Node, value: Node)] = []
        var own: [(key: Node, value: Node)] = []
        for index in mapping.indices {
            let (key, value) = mapping[index]
            switch key.tag.rawValue {
            case Tag.Name.merge.rawValue:
                if case .mapping(let source) = value { merged += Self.merged(source) }
                if case .sequence(let sources) = value {
                    for case .mapping(let source) in sources.reversed() { merged += Self.merged(source) }
                }
            case Tag.Name.value.rawValue:
                var text = key
                if case .scalar(var scalar) = key {
                    scalar.tag = Tag(.str)
                    text = .scalar(scalar)
                }
                own.append((key: text, value: value))
            default:
                own.append((key: key, value: value))
            }
        }
        return merged + own
    }

    /// Whether `key` is one of the two the decoder keeps for a mapping's anchor and tag, and never lists.
    private static func isDecoderKey(_ key: Node) -> Bool {
        YAMLKey.isKey(key, named: "yamlAnchor", tagged: Tag.Name.str.rawValue)
            || YAMLKey.isKey(key, named: "yamlTag", tagged: Tag.Name.str.rawValue)
    }
}
