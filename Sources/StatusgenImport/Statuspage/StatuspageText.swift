import Foundation

/// Statuspage's update bodies as Markdown: plain text with line breaks, sometimes with a little HTML
/// (`<br>`, `<strong>`, `<a href>`) and entities.
enum StatuspageText {
    // Constant patterns of this file: a failure here is a mistake in them, found by any test.
    private static let link = try! NSRegularExpression(
        pattern: #"<a\s[^>]*href\s*=\s*["']([^"']*)["'][^>]*>(.*?)</a>"#, options: [.caseInsensitive])
    private static let strong = try! NSRegularExpression(
        pattern: #"<(strong|b)>(.*?)</\1>"#, options: [.caseInsensitive])
    private static let emphasis = try! NSRegularExpression(pattern: #"<(em|i)>(.*?)</\1>"#, options: [.caseInsensitive])
    private static let lineBreak = try! NSRegularExpression(pattern: #"<br\s*/?>"#, options: [.caseInsensitive])
    private static let tag = try! NSRegularExpression(pattern: #"</?[a-zA-Z][^>]*>"#)

    /// `body` in Markdown: links, bold and italics kept, line breaks as hard breaks, other tags left out.
    static func markdown(_ body: String) -> String {
        var text = body.replacingOccurrences(of: "\r\n", with: "\n")
        text = replace(link, in: text, with: "[$2]($1)")
        text = replace(strong, in: text, with: "**$2**")
        text = replace(emphasis, in: text, with: "*$2*")
        text = replace(lineBreak, in: text, with: "\n")
        text = replace(tag, in: text, with: "")
        for (entity, character) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&nbsp;", " ")] {
            text = text.replacingOccurrences(of: entity, with: character)
        }
        text = text.replacingOccurrences(of: "&amp;", with: "&")
        // A single line break is a break in Statuspage's text: two spaces keep it one in Markdown.
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let joined = lines.indices.map { index in
            let next = index + 1 < lines.count ? lines[index + 1] : ""
            let line = lines[index]
            return !line.trimmingSpaces().isEmpty && !next.trimmingSpaces().isEmpty ? line + "  " : line
        }
        return joined.joined(separator: "\n")
    }

    private static func replace(_ expression: NSRegularExpression, in text: String, with template: String) -> String {
        expression.stringByReplacingMatches(
            in: text, range: NSRange(location: 0, length: (text as NSString).length), withTemplate: template)
    }
}
