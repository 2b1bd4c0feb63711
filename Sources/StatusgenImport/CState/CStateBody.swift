import Foundation
import StatusgenModel

/// Splits a cState issue's Markdown into its updates.
///
/// cState writes each update as a paragraph ending in `{{< track "TIME" >}}`, newest first, often with a
/// label such as `*Resolved* -` in front. Text outside any tracked paragraph belongs to the issue's date.
struct CStateBody {
    /// One tracked section of the body.
    struct Section {
        /// The text, without its track shortcode, HTML comments and separating `---` lines.
        var text: String
        /// The time given by the shortcode.
        var time: CStateTime
        /// The status its label names (`*Resolved* -`), with the label taken out of `text`.
        var status: UpdateStatus?
        /// The label as written, to put back if the status is not used.
        var label: String?
        /// The line of the shortcode in the file.
        var line: Int
    }

    /// The tracked sections, in the file's order (cState's: newest first).
    var sections: [Section] = []
    /// The text outside any tracked section, trimmed; empty when there is none.
    var untrackedText = ""
    var warnings: [Diagnostic] = []

    /// Label words and the statuses they name.
    static let labels: [String: UpdateStatus] = [
        "investigating": .investigating, "identified": .identified, "monitoring": .monitoring,
        "resolved": .resolved, "fixed": .resolved, "solved": .resolved, "completed": .resolved, "closed": .resolved,
        "update": .update, "updated": .update,
    ]

    // `{{< track "2018-06-13 14:35:00" >}}`, also written with `%` delimiters or single quotes.
    private static let track = try! NSRegularExpression(
        pattern: #"\{\{[<%]\s*track\s+["']([^"']*)["']\s*[>%]\}\}"#)
    private static let comment = try! NSRegularExpression(pattern: #"<!--[\s\S]*?-->"#)
    private static let otherShortcode = try! NSRegularExpression(pattern: #"\{\{[<%][\s\S]*?[>%]\}\}"#)
    // `*Resolved* -`, `**Update** —`, `_Monitoring_:` at the start of a section.
    private static let label = try! NSRegularExpression(
        pattern: #"^(\*\*|\*|__|_)\s*([A-Za-z][A-Za-z ]*?)\s*\1\s*[-–—:]\s*"#)

    /// Splits `body`, which starts at file line `firstLine` of `path`.
    init(body: String, firstLine: Int, path: String) {
        let text = body as NSString
        func line(at offset: Int) -> Int {
            firstLine + text.substring(to: offset).reduce(0) { $0 + ($1 == "\n" ? 1 : 0) }
        }
        let whole = NSRange(location: 0, length: text.length)
        let comments = Self.comment.matches(in: body, range: whole).map(\.range)
        for range in comments {
            warnings.append(
                .warning(
                    "an HTML comment, which cState does not show: left out",
                    at: SourceLocation(path: path, line: line(at: range.location))))
        }
        let tracks = Self.track.matches(in: body, range: whole).filter { match in
            !comments.contains { NSIntersectionRange($0, match.range).length > 0 }
        }
        var start = 0
        var pieces: [(text: String, track: NSTextCheckingResult?)] = []
        for match in tracks {
            pieces.append((text.substring(with: NSRange(location: start, length: match.range.location - start)), match))
            start = match.range.location + match.range.length
        }
        pieces.append((text.substring(from: start), nil))

        for piece in pieces {
            var content = Self.tidy(
                Self.comment.stringByReplacingMatches(
                    in: piece.text, range: NSRange(location: 0, length: (piece.text as NSString).length),
                    withTemplate: ""))
            guard let track = piece.track else {
                untrackedText = content
                continue
            }
            let trackLine = line(at: track.range.location)
            let timeText = text.substring(with: track.range(at: 1))
            guard let time = CStateTime.parse(timeText) else {
                warnings.append(
                    .warning(
                        "track time '\(timeText)' is not a date and time: the text is kept with the update before it",
                        at: SourceLocation(path: path, line: trackLine)))
                if let last = sections.indices.last {
                    sections[last].text += "\n\n" + content
                } else {
                    untrackedText += content
                }
                continue
            }
            var status: UpdateStatus?
            var label: String?
            let range = NSRange(location: 0, length: (content as NSString).length)
            if let match = Self.label.firstMatch(in: content, range: range) {
                let word = (content as NSString).substring(with: match.range(at: 2)).lowercased()
                if let named = Self.labels[word] {
                    status = named
                    label = (content as NSString).substring(with: match.range)
                    content = (content as NSString).substring(from: match.range.location + match.range.length)
                }
            }
            sections.append(Section(text: content, time: time, status: status, label: label, line: trackLine))
        }
        for match in Self.otherShortcode.matches(in: body, range: whole)
        where !tracks.contains(where: { $0.range == match.range })
            && !comments.contains(where: { NSIntersectionRange($0, match.range).length > 0 })
        {
            warnings.append(
                .warning(
                    "Hugo shortcode '\(text.substring(with: match.range))' is kept as text",
                    at: SourceLocation(path: path, line: line(at: match.range.location))))
        }
    }

    /// Trims blank lines and the `---` rules that separate cState's updates, and keeps the text from turning
    /// into statusgen update headings: a level-2 heading becomes level 3, a `---` under text becomes a rule.
    static func tidy(_ text: String) -> String {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map {
            String($0).trimmingTrailingSpaces()
        }
        func isRule(_ line: String) -> Bool {
            let compact = line.replacingOccurrences(of: " ", with: "")
            return compact.count >= 3 && (Set(compact) == ["-"] || Set(compact) == ["*"] || Set(compact) == ["_"])
        }
        while let first = lines.first, first.trimmingSpaces().isEmpty || isRule(first) { lines.removeFirst() }
        while let last = lines.last, last.trimmingSpaces().isEmpty || isRule(last) { lines.removeLast() }
        var result: [String] = []
        var fence: String?
        for line in lines {
            // Lines inside a fenced code block are code, never headings.
            let trimmed = line.trimmingSpaces()
            if let open = fence {
                if trimmed.hasPrefix(open) { fence = nil }
                result.append(line)
            } else if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
                fence = String(trimmed.prefix(3))
                result.append(line)
            } else if line.hasPrefix("## ") || line == "##" {
                result.append("#" + line)
            } else if isRule(line) || Set(line.trimmingSpaces()) == ["="], let previous = result.last,
                !previous.trimmingSpaces().isEmpty
            {
                result.append("")
                result.append(isRule(line) ? line : "")
            } else {
                result.append(line)
            }
        }
        return result.joined(separator: "\n")
    }
}

extension String {
    fileprivate func trimmingTrailingSpaces() -> String {
        var text = Substring(self)
        while text.last == " " || text.last == "\t" || text.last == "\r" { text.removeLast() }
        return String(text)
    }
}
