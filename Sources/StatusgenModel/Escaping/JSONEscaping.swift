/// Writes text as a JSON string literal (RFC 8259 §7).
public enum JSONEscaping {
    /// `text` as a JSON string literal, quotes included. The quote, the backslash, control characters
    /// and the two line separators that JavaScript source does not allow in strings are escaped
    /// (`\n`, `\r`, `\t`, else `\u` and four lowercase hex digits); everything else is written as it is.
    public static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case "\u{00}"..."\u{1F}", "\u{7F}", "\u{2028}", "\u{2029}":
                let hex = String(scalar.value, radix: 16)
                result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
