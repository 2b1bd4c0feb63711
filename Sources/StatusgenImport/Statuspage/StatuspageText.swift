import Foundation

/// Statuspage's update bodies as Markdown: plain text with line breaks, sometimes with a little HTML
/// (`<br>`, `<p>`, `<strong>`, `<a href>`) and entities. The text reads as it did on Statuspage: what it
/// says literally stays literal (`## next`, `* a`, `1) b`, `<script>` written as `&lt;script&gt;`), and
/// only the HTML that formats it becomes Markdown.
enum StatuspageText {
    // Constant patterns of this file: a failure here is a mistake in them, found by any test.
    /// A link, bold or italic text, a line break, a paragraph's or list item's end, or any other tag.
    private static let markup = try! NSRegularExpression(
        pattern: #"<a\s[^>]*href\s*=\s*["']([^"']*)["'][^>]*>(.*?)</a>|<(strong|b)>(.*?)</\3>|<(em|i)>(.*?)</\5>"#
            + #"|(<br\s*/?>)|(</?(?:p|li|div|h[1-6])(?:\s[^>]*)?>)|</?[a-zA-Z][^>]*>"#,
        options: [.caseInsensitive, .dotMatchesLineSeparators])
    private static let tag = try! NSRegularExpression(pattern: #"</?[a-zA-Z][^>]*>"#)
    /// What starts a Markdown block at the start of a line: a heading, quote, list item, rule or table row.
    private static let blockStart = try! NSRegularExpression(pattern: #"^( {0,3})([#>+=|-]|\d+[.)])"#)

    /// `body` in Markdown: links, bold and italics kept, line breaks as hard breaks, paragraphs, list items and
    /// headings as paragraphs, other tags left out, and every other character as written.
    static func markdown(_ body: String) -> String {
        let source = body.replacingOccurrences(of: "\r\n", with: "\n") as NSString
        var text = ""
        var position = 0
        for match in markup.matches(in: source as String, range: NSRange(location: 0, length: source.length)) {
            let before = NSRange(location: position, length: match.range.location - position)
            text += literal(source.substring(with: before))
            position = match.range.location + match.range.length
            let group = { (index: Int) -> String? in
                let range = match.range(at: index)
                return range.location == NSNotFound ? nil : source.substring(with: range)
            }
            if let address = group(1), let words = group(2) {
                text += "[\(literal(stripped(words)))](\(address.replacingOccurrences(of: ")", with: "%29")))"
            } else if let words = group(4) {
                text += "**\(literal(stripped(words)))**"
            } else if let words = group(6) {
                text += "*\(literal(stripped(words)))*"
            } else if group(7) != nil {
                text += "\n"
            } else if group(8) != nil {
                text += "\n\n"
            }
        }
        text += literal(source.substring(from: position))
        // A single line break is a break in Statuspage's text: two spaces keep it one in Markdown.
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            escapingBlockStart(String(line))
        }
        let joined = lines.indices.map { index in
            let next = index + 1 < lines.count ? lines[index + 1] : ""
            let line = lines[index]
            return !line.trimmingSpaces().isEmpty && !next.trimmingSpaces().isEmpty ? line + "  " : line
        }
        return joined.joined(separator: "\n")
    }

    /// `html` without its tags.
    private static func stripped(_ html: String) -> String {
        tag.stringByReplacingMatches(
            in: html, range: NSRange(location: 0, length: (html as NSString).length), withTemplate: "")
    }

    /// Text between tags, its entities decoded, with a backslash before each character that Markdown
    /// would read as markup within a line: emphasis, code, links, raw HTML, strikethrough, an entity.
    private static func literal(_ html: String) -> String {
        var text = html
        for (entity, character) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&nbsp;", " ")] {
            text = text.replacingOccurrences(of: entity, with: character)
        }
        text = text.replacingOccurrences(of: "&amp;", with: "&")
        var escaped = ""
        let characters = Array(text)
        for (index, character) in characters.enumerated() {
            let isEntityLike =
                character == "&" && index + 1 < characters.count
                && (characters[index + 1] == "#" || characters[index + 1].isLetter)
            // An underscore inside a word is never emphasis; at a word's edge it may be.
            let isWordUnderscore =
                character == "_" && index > 0 && index + 1 < characters.count
                && characters[index - 1].isLetterOrDigit && characters[index + 1].isLetterOrDigit
            if "\\*`[]<>~".contains(character) || isEntityLike || (character == "_" && !isWordUnderscore) {
                escaped.append("\\")
            }
            escaped.append(character)
        }
        return escaped
    }

    /// `line` with a backslash before a character that would start a Markdown block there.
    private static func escapingBlockStart(_ line: String) -> String {
        let whole = NSRange(location: 0, length: (line as NSString).length)
        guard let match = blockStart.firstMatch(in: line, range: whole) else { return line }
        // Before the marker's last character: "1)" becomes "1\)", "#" becomes "\#".
        let markerEnd = match.range(at: 2).location + match.range(at: 2).length
        let nsLine = line as NSString
        return nsLine.substring(to: markerEnd - 1) + "\\" + nsLine.substring(from: markerEnd - 1)
    }
}

extension Character {
    fileprivate var isLetterOrDigit: Bool { isLetter || isNumber }
}
