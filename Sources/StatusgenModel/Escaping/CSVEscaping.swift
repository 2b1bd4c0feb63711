/// Writes CSV fields as RFC 4180 asks.
public enum CSVEscaping {
    /// `text` as a CSV field: as it is, or in double quotes with each quote doubled when it holds a comma,
    /// a quote or a line break, or starts or ends with white space (which readers may trim).
    public static func field(_ text: String) -> String {
        let needsQuotes =
            text.unicodeScalars.contains { $0 == "," || $0 == "\"" || isNewline($0) }
            || text.first?.isWhitespace == true || text.last?.isWhitespace == true
        guard needsQuotes else { return text }
        var result = "\""
        for scalar in text.unicodeScalars {
            if scalar == "\"" { result += "\"" }
            result.unicodeScalars.append(scalar)
        }
        return result + "\""
    }

    /// `Character(scalar).isNewline`, without making a `Character`: LF, VT, FF, CR, NEL, and the line
    /// and paragraph separators.
    private static func isNewline(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A...0x0D, 0x85, 0x2028, 0x2029: true
        default: false
        }
    }
}
