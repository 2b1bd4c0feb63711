/// Plain text made safe inside XML or HTML markup, for the places that build markup without a template.
enum MarkupText {
    /// `text` escaped for XML and HTML text and attribute values; with `quotes` false, for text alone,
    /// leaving quotes as they are (`&apos;` is not HTML 4, and some feed readers show it as it is).
    static func escaped(_ text: String, quotes: Bool = true) -> String {
        var result = ""
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"" where quotes: result += "&quot;"
            case "'" where quotes: result += "&apos;"
            default: result.append(character)
            }
        }
        return result
    }
}
