/// The HTML part of an email, made from the pages' HTML fragments.
enum HTMLText {
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
