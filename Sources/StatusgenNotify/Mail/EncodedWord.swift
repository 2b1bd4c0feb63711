/// RFC 2047 encoded-words for header text that is not plain ASCII.
enum EncodedWord {
    /// `text` as it may stand in an unstructured header such as Subject: unchanged when it is printable
    /// ASCII, else as UTF-8 "Q" encoded-words of at most 75 characters each, split between characters and
    /// separated by folding white space ("\r\n "), which readers drop between encoded-words.
    static func header(_ text: String) -> String {
        guard text.unicodeScalars.allSatisfy({ $0.value >= 32 && $0.value < 127 }) else { return words(text) }
        return text
    }

    /// A display name for a From or List-Id phrase: a quoted string for ASCII (RFC 5322), encoded-words otherwise.
    static func phrase(_ text: String) -> String {
        guard text.unicodeScalars.allSatisfy({ $0.value >= 32 && $0.value < 127 }) else { return words(text) }
        return "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            + "\""
    }

    private static let prefix = "=?UTF-8?Q?"
    private static let suffix = "?="

    private static func words(_ text: String) -> String {
        var words: [String] = []
        var current = ""
        for character in text {
            let encoded = character.utf8.map(encode).joined()
            if prefix.count + current.count + encoded.count + suffix.count > 75 {
                words.append(prefix + current + suffix)
                current = ""
            }
            current += encoded
        }
        words.append(prefix + current + suffix)
        return words.joined(separator: "\r\n ")
    }

    /// One octet in the "Q" encoding of a header (RFC 2047 section 4.2, rule (5) for phrases).
    private static func encode(_ byte: UInt8) -> String {
        switch byte {
        case UInt8(ascii: " "): "_"
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "!"), UInt8(ascii: "*"), UInt8(ascii: "+"),
            UInt8(ascii: "-"), UInt8(ascii: "/"):
            String(UnicodeScalar(byte))
        default: QuotedPrintable.escape(byte)
        }
    }
}
