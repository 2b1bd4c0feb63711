/// Escapes text for XML and HTML: the five characters with a meaning in markup (`& < > " '`) become
/// entities, so that the text is safe in element content and in attribute values of either quote.
///
/// Characters are read as Unicode scalars, so a quote followed by a combining mark is still escaped.
public enum MarkupEscaping {
    /// `text` for XML, such as SVG: `'` as `&apos;`.
    public static func xml(_ text: String) -> String {
        escaped(text, apostrophe: "&apos;")
    }

    /// `text` for HTML: `'` as `&#39;`, which every version of HTML knows.
    public static func html(_ text: String) -> String {
        escaped(text, apostrophe: "&#39;")
    }

    /// `text` for element content only, quotes left as they are: for feed readers that show `&apos;` as
    /// it is.
    public static func content(_ text: String) -> String {
        escaped(text, apostrophe: nil)
    }

    /// Read byte by byte: the five are ASCII, and no byte of another scalar's UTF-8 is one of them, so this
    /// is escaping by scalars. Text without any of them (most of it) is returned as it is.
    private static func escaped(_ text: String, apostrophe: String?) -> String {
        var text = text
        return text.withUTF8 { bytes in
            var extra = 0
            for byte in bytes {
                if let entity = entity(for: byte, apostrophe: apostrophe) { extra += entity.utf8.count - 1 }
            }
            guard extra > 0 else { return String(decoding: bytes, as: UTF8.self) }
            return String(unsafeUninitializedCapacity: bytes.count + extra) { output in
                var end = 0
                for byte in bytes {
                    guard let entity = entity(for: byte, apostrophe: apostrophe) else {
                        output[end] = byte
                        end += 1
                        continue
                    }
                    for entityByte in entity.utf8 {
                        output[end] = entityByte
                        end += 1
                    }
                }
                return end
            }
        }
    }

    private static func entity(for byte: UInt8, apostrophe: String?) -> String? {
        switch byte {
        case UInt8(ascii: "&"): "&amp;"
        case UInt8(ascii: "<"): "&lt;"
        case UInt8(ascii: ">"): "&gt;"
        case UInt8(ascii: "\""): apostrophe == nil ? nil : "&quot;"
        case UInt8(ascii: "'"): apostrophe
        default: nil
        }
    }
}
