/// Escaping for text placed in the HTML part of an email (the pages escape through Mustache).
enum HTMLText {
    /// `text` with &, <, >, " and ' as character references.
    static func escape(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
        return result
    }

    /// cmark's HTML with every image replaced by its alt text, so that the mail loads nothing remote.
    static func withoutImages(_ html: String) -> String {
        var result = ""
        var rest = Substring(html)
        while let start = rest.range(of: "<img ") {
            result += rest[..<start.lowerBound]
            guard let end = rest[start.upperBound...].firstIndex(of: ">") else { return result }
            let tag = rest[start.lowerBound...end]
            if let alt = tag.range(of: "alt=\""), let close = tag[alt.upperBound...].firstIndex(of: "\"") {
                result += tag[alt.upperBound..<close]
            }
            rest = rest[rest.index(after: end)...]
        }
        return result + rest
    }
}
