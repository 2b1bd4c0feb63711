import Mustache

/// Mustache's escaping of `{{value}}` in HTML, byte for byte as swift-mustache's own, without its cost:
/// that looks every Character up in a dictionary to replace `<`, `>`, `&`, `"` and `'` (with `&lt;`,
/// `&gt;`, `&amp;`, `&quot;` and `&#39;`); this scans the UTF-8 bytes, and returns text without any of
/// them as it is.
///
/// Mustache leaves a special character that is part of a larger Character, such as `"` followed by a
/// combining mark, as it is. Only a non-ASCII neighbour can make it one, so text with a special character
/// next to a non-ASCII byte is escaped Character by Character, as Mustache does.
struct MustacheHTMLEscaping: MustacheContentType {
    /// The name templates select it by.
    static let name = "statusgen-html"

    /// The tag that selects this escaping for the rest of a template. On a line of its own before the
    /// template's text it leaves no trace: Mustache drops a line that holds only a tag, and reads the next
    /// line as the start of the text.
    static let pragma = "{{% CONTENT_TYPE: \(name)}}\n"

    /// Makes `name` known to Mustache, whose parser looks it up when it reads `pragma`.
    static func register() {
        MustacheContentTypes.register(MustacheHTMLEscaping(), named: name)
    }

    func escapeText(_ text: String) -> String {
        let escaped = text.utf8.withContiguousStorageIfAvailable { bytes -> String? in
            var extra = 0
            for index in bytes.indices {
                guard let entity = Self.entity(for: bytes[index]) else { continue }
                let before = index == bytes.startIndex ? 0 : bytes[index - 1]
                let after = index + 1 == bytes.endIndex ? 0 : bytes[index + 1]
                guard before < 0x80, after < 0x80 else { return nil }
                extra += entity.count - 1
            }
            guard extra > 0 else { return text }
            return String(unsafeUninitializedCapacity: bytes.count + extra) { output in
                var end = 0
                for byte in bytes {
                    if let entity = Self.entity(for: byte) {
                        for entityByte in entity.utf8 {
                            output[end] = entityByte
                            end += 1
                        }
                    } else {
                        output[end] = byte
                        end += 1
                    }
                }
                return end
            }
        }
        return (escaped ?? nil) ?? Self.escapedByCharacter(text)
    }

    private static func entity(for byte: UInt8) -> String? {
        switch byte {
        case UInt8(ascii: "<"): "&lt;"
        case UInt8(ascii: ">"): "&gt;"
        case UInt8(ascii: "&"): "&amp;"
        case UInt8(ascii: "\""): "&quot;"
        case UInt8(ascii: "'"): "&#39;"
        default: nil
        }
    }

    /// Mustache's own way, for text where a special character may be part of a larger Character.
    private static func escapedByCharacter(_ text: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "&": escaped += "&amp;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            default: escaped.append(character)
            }
        }
        return escaped
    }
}
