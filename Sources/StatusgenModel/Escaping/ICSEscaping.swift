/// Writes iCalendar TEXT values (RFC 5545 §3.3.11).
public enum ICSEscaping {
    /// `text` as an iCalendar TEXT value: backslash, semicolon and comma escaped with a backslash, each
    /// line break (CRLF, CR or LF) as `\n`; other control characters, which TEXT does not allow, are dropped.
    public static func text(_ text: String) -> String {
        var result = ""
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            defer { previousWasCR = scalar == "\r" }
            switch scalar {
            case "\\": result += "\\\\"
            case ";": result += "\\;"
            case ",": result += "\\,"
            case "\r": result += "\\n"
            case "\n": if !previousWasCR { result += "\\n" }
            case "\t": result.unicodeScalars.append(scalar)
            case "\u{00}"..."\u{1F}", "\u{7F}": break
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
