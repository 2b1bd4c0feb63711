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

    private static func escaped(_ text: String, apostrophe: String?) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"" where apostrophe != nil: result += "&quot;"
            case "'" where apostrophe != nil: result += apostrophe ?? ""
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
