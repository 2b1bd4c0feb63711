/// Markdown reduced to one line of plain text, for a page's `<meta name="description">` and a feed's channel.
enum PlainText {
    /// `text` without emphasis, code and link markup, its lines and spaces run together:
    /// `"We **monitor** [our](https://x) services.\n"` -> `"We monitor our services."`.
    static func make(_ text: String) -> String {
        var result = ""
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if character == "]", text[text.index(after: index)...].hasPrefix("("),
                let close = text[index...].firstIndex(of: ")")
            {
                // The link's text stays, its address goes.
                index = text.index(after: close)
                continue
            }
            if !"*_`[#>".contains(character) {
                result.append(character.isNewline || character == "\t" ? " " : character)
            }
            index = text.index(after: index)
        }
        return result.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
    }
}
