/// Writes text as a JSON string literal (RFC 8259 §7).
public enum JSONEscaping {
    /// `text` as a JSON string literal, quotes included. The quote, the backslash, control characters
    /// and the two line separators that JavaScript source does not allow in strings are escaped
    /// (`\n`, `\r`, `\t`, else `\u` and four lowercase hex digits); everything else is written as it is.
    public static func quoted(_ text: String) -> String {
        var bytes: [UInt8] = []
        appendQuoted(text, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends `text` to `output` as `quoted(_:)` writes it, in UTF-8.
    public static func appendQuoted(_ text: String, to output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        var utf8 = text.utf8.makeIterator()
        while let byte = utf8.next() {
            switch byte {
            case UInt8(ascii: "\""): output += #"\""#.utf8
            case UInt8(ascii: "\\"): output += #"\\"#.utf8
            case UInt8(ascii: "\n"): output += #"\n"#.utf8
            case UInt8(ascii: "\r"): output += #"\r"#.utf8
            case UInt8(ascii: "\t"): output += #"\t"#.utf8
            case 0x00...0x1F, 0x7F: appendEscape(UInt32(byte), to: &output)
            case 0xE2:
                // U+2028 and U+2029 are E2 80 A8 and E2 80 A9; any other sequence is copied as it is.
                guard let second = utf8.next() else {
                    output.append(byte)
                    break
                }
                guard second == 0x80, let third = utf8.next() else {
                    output += [byte, second]
                    break
                }
                if third == 0xA8 || third == 0xA9 {
                    appendEscape(0x2000 | UInt32(third & 0x3F), to: &output)
                } else {
                    output += [byte, second, third]
                }
            default: output.append(byte)
            }
        }
        output.append(UInt8(ascii: "\""))
    }

    /// `\u` and the four lowercase hex digits of `value`.
    private static func appendEscape(_ value: UInt32, to output: inout [UInt8]) {
        output += #"\u"#.utf8
        for shift in stride(from: 12, through: 0, by: -4) {
            let digit = UInt8((value >> UInt32(shift)) & 0xF)
            output.append(digit < 10 ? UInt8(ascii: "0") + digit : UInt8(ascii: "a") + digit - 10)
        }
    }
}
