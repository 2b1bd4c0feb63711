/// The quoted-printable body encoding of RFC 2045 section 6.7, with CRLF line breaks.
enum QuotedPrintable {
    /// The longest encoded line, without its CRLF (the RFC's limit).
    static let lineLimit = 76

    /// `text` (UTF-8) encoded: line breaks kept as CRLF, `=`, control and non-ASCII octets as `=XX`, a
    /// space or tab before a line break escaped, and soft breaks (`=` CRLF) keeping lines within 76.
    static func encode(_ text: String) -> String {
        let lines = text.replacingOccurrences(of: "\r\n", with: "\n").split(
            separator: "\n", omittingEmptySubsequences: false)
        return lines.map { encodeLine(Array($0.utf8)) }.joined(separator: "\r\n")
    }

    /// `=XX` with upper-case hex digits.
    static func escape(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return "=" + String(digits[Int(byte >> 4)]) + String(digits[Int(byte & 15)])
    }

    private static func encodeLine(_ bytes: [UInt8]) -> String {
        var output = ""
        var line = ""
        for (index, byte) in bytes.enumerated() {
            let isLast = index == bytes.count - 1
            let literal =
                (byte >= 33 && byte <= 126 && byte != UInt8(ascii: "="))
                || ((byte == 32 || byte == 9) && !isLast)
            let token = literal ? String(UnicodeScalar(byte)) : escape(byte)
            // Keep room for the soft break's `=` unless this is the line's last token.
            if line.count + token.count > (isLast ? lineLimit : lineLimit - 1) {
                output += line + "=\r\n"
                line = ""
            }
            line += token
        }
        return output + line
    }
}
