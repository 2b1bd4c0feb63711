import Yams

/// Yams's rule for finding a mapping's key by its text, as `Node.Mapping`'s subscript and `YAMLDecoder`
/// apply it, without their cost: the last entry whose key is a scalar with that text and with the tag the
/// text has as a plain scalar, so that the quoted key `"true"` is not the key `true`.
///
/// Yams makes a scalar of the text for each look-up and resolves its tag with a regular expression per
/// rule; here a plain word, which every key statusgen looks up is, needs none.
enum YAMLKey {
    /// The value of the last entry of `entries` whose key is `name`.
    static func value<Entries: Collection<(key: Node, value: Node)>>(forKey name: String, in entries: Entries)
        -> Node?
    {
        let tag = plainTag(of: name)
        var found: Node?
        // By index: iterating a `Node.Mapping` copies its entries into an array first.
        for index in entries.indices where isKey(entries[index].key, named: name, tagged: tag) {
            found = entries[index].value
        }
        return found
    }

    /// Whether `key` is a scalar with the text `name` whose resolved tag is `tag` (a tag's raw name).
    static func isKey(_ key: Node, named name: String, tagged tag: String) -> Bool {
        guard case .scalar(let scalar) = key, scalar.string == name else { return false }
        // Composing the document resolved the tag of every key, so reading it runs no regular expression.
        return key.tag.rawValue == tag
    }

    /// The raw name of the tag Yams's default resolver gives `text` as a plain scalar.
    ///
    /// A word of lowercase letters, digits, `-` and `_` that starts with a letter is text unless it is one
    /// of YAML's true, false or null words: the resolver's other rules (numbers, times, `<<`, `=`) need a
    /// digit, sign, dot or symbol first. Anything else is left to the resolver.
    static func plainTag(of text: String) -> String {
        let isWord =
            text.utf8.first.map(isLowercaseLetter) == true
            && text.utf8.allSatisfy { byte in
                isLowercaseLetter(byte) || isDigit(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
            }
        guard isWord else { return Resolver.default.resolveTag(of: Node(text)).rawValue }
        switch text {
        case "yes", "no", "true", "false", "on", "off": return Tag.Name.bool.rawValue
        case "null": return Tag.Name.null.rawValue
        default: return Tag.Name.str.rawValue
        }
    }

    private static func isLowercaseLetter(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }
}
