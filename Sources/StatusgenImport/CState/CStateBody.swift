import Foundation
import StatusgenModel

/// Splits a cState issue's Markdown into its updates.
///
/// cState's own form is a paragraph ending in `{{< track "TIME" >}}`, newest first, often with a label such as
/// `*Resolved* -` in front. Sites without it write updates as paragraphs that open with a time or a status word,
/// as `[Initial message]`/`[Final message]` sections, or as blocks between `---` lines: see `LeadLine`.
/// Text before the first update belongs to the issue's date.
struct CStateBody {
    /// One update found in the body.
    struct Section {
        /// The text, without its time, label, track shortcode, HTML comments and separating `---` lines.
        var text: String
        /// The time written with it; `nil` for a section without one (placed by the planner).
        var time: CStateTime?
        /// The status its label names (`*Resolved* -`), with the label taken out of `text`.
        var status: UpdateStatus?
        /// The label as written, to put back if the status is not used.
        var label: String?
        /// The line of the shortcode or of the section's first line in the file.
        var line: Int
    }

    /// The updates, in the file's order.
    var sections: [Section] = []
    /// Whether the sections are cState's tracked paragraphs (newest first) rather than a site's own form.
    var isTracked = false
    /// The text outside any section, trimmed; empty when there is none.
    var untrackedText = ""
    /// A postmortem the body opens with (`*Post-mortem*`, its text, then a `---` line), tidied: it becomes the
    /// incident's `## Postmortem` section rather than part of an update.
    var postmortem: String?
    var warnings: [Diagnostic] = []

    /// Label words and the statuses they name.
    static let labels: [String: UpdateStatus] = [
        "investigating": .investigating, "identified": .identified, "monitoring": .monitoring,
        "resolved": .resolved, "fixed": .resolved, "solved": .resolved, "completed": .resolved, "closed": .resolved,
        "update": .update, "updated": .update, "complete": .resolved,
    ]

    // `{{< track "2018-06-13 14:35:00" >}}`, also written with `%` delimiters or single quotes. The patterns
    // are constants of this file: a failure here is a mistake in them, found by any test.
    private static let track = try! NSRegularExpression(
        pattern: #"\{\{[<%]\s*track\s+["']([^"']*)["']\s*[>%]\}\}"#)
    private static let comment = try! NSRegularExpression(pattern: #"<!--[\s\S]*?-->"#)
    private static let otherShortcode = try! NSRegularExpression(pattern: #"\{\{[<%][\s\S]*?[>%]\}\}"#)
    // `*Resolved* -`, `**Update** —`, `_Monitoring_:`, `**Resolved:**`, `***Resolved***` at the start of a section.
    private static let label = try! NSRegularExpression(
        pattern: #"^(\*\*\*|\*\*|\*|__|_)\s*([A-Za-z][A-Za-z ]*?)\s*[-–—:]?\s*\1\s*[-–—:]?\s*"#)

    // A label alone before a shortcode that opens its update: `***Starting***`, `**Update** -`.
    private static let bareLabel = try! NSRegularExpression(
        pattern: #"^\s*(\*\*\*|\*\*|\*|__|_)\s*[A-Za-z][A-Za-z ]*?\s*\1\s*[-–—:]?\s*$"#)

    /// Splits `body`, which starts at file line `firstLine` of `path`; `day` (midnight UTC of the issue's date)
    /// dates times written alone, and `splitsRules` makes blocks between `---` lines updates of their own.
    init(body: String, firstLine: Int, path: String, day: Int64 = 0, splitsRules: Bool = false) {
        func line(in text: NSString, at offset: Int) -> Int {
            firstLine + text.substring(to: offset).reduce(0) { $0 + ($1 == "\n" ? 1 : 0) }
        }
        let original = body as NSString
        var cleaned = body
        // Comments are replaced by their line breaks, so that every line keeps its number.
        for match in Self.comment.matches(in: body, range: NSRange(location: 0, length: original.length)).reversed() {
            warnings.append(
                .warning(
                    "an HTML comment, which cState does not show: left out",
                    at: SourceLocation(path: path, line: line(in: original, at: match.range.location))))
            let breaks = String(repeating: "\n", count: original.substring(with: match.range).filter(\.isNewline).count)
            cleaned = (cleaned as NSString).replacingCharacters(in: match.range, with: breaks)
        }
        if let (postmortem, rest) = Self.leadingPostmortem(of: cleaned) {
            self.postmortem = postmortem
            cleaned = rest
        }
        let text = cleaned as NSString
        let whole = NSRange(location: 0, length: text.length)
        let tracks = Self.track.matches(in: cleaned, range: whole)
        for match in Self.otherShortcode.matches(in: cleaned, range: whole)
        where !tracks.contains(where: { $0.range == match.range }) {
            warnings.append(
                .warning(
                    "Hugo shortcode '\(text.substring(with: match.range))' is kept as text",
                    at: SourceLocation(path: path, line: line(in: text, at: match.range.location))))
        }
        guard !tracks.isEmpty else {
            var splitter = UpdateSplitter(day: day, splitsRules: splitsRules)
            splitter.split(cleaned, firstLine: firstLine)
            sections = splitter.sections
            untrackedText = splitter.preamble
            return
        }
        isTracked = true
        let leading = Self.leadingPieces(text, tracks)
        let pieces = leading ?? Self.trailingPieces(text, tracks)
        for piece in pieces {
            var content = Self.tidy(piece.text)
            guard let track = piece.track else {
                untrackedText = content
                continue
            }
            let trackLine = line(in: text, at: track.range.location)
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
        // Paragraphs that end in their shortcodes oldest first (as some sites write them) put the text after
        // the last shortcode after the newest update, not before the first: it belongs to the newest.
        let times = sections.compactMap { $0.time?.seconds }
        if leading == nil, !untrackedText.isEmpty, times.count > 1, times.count == sections.count,
            zip(times, times.dropFirst()).allSatisfy({ $0 <= $1 }), times.first! < times.last!,
            let lastTrack = tracks.last
        {
            warnings.append(
                .warning(
                    "text after the newest update's track shortcode (the updates are oldest first): kept with that"
                        + " update", at: SourceLocation(path: path, line: line(in: text, at: lastTrack.range.location)))
            )
            sections[sections.count - 1].text += "\n\n" + untrackedText
            untrackedText = ""
        }
    }

    private typealias Piece = (text: String, track: NSTextCheckingResult?)

    // A line that names a postmortem and nothing else: `*Post-mortem*`, `**Postmortem:**`, `## Post mortem`.
    private static let postmortemLabel = try! NSRegularExpression(
        pattern: #"^\s*(#{1,6}\s*)?[*_]{0,3}\s*post[- ]?mortem\s*:?\s*[*_]{0,3}\s*:?\s*$"#,
        options: [.caseInsensitive])

    /// The postmortem `body` opens with: a label line, then its text up to a `---` line, tidied; and the body
    /// with those lines blank (so that every other line keeps its number). `nil` when the body opens otherwise,
    /// or no `---` line ends the postmortem.
    private static func leadingPostmortem(of body: String) -> (postmortem: String, rest: String)? {
        let lines = body.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let label = lines.firstIndex(where: { !$0.trimmingSpaces().isEmpty }),
            postmortemLabel.firstMatch(
                in: lines[label], range: NSRange(location: 0, length: (lines[label] as NSString).length))
                != nil,
            let rule = lines[(label + 1)...].firstIndex(where: isRule)
        else { return nil }
        let text = tidy(lines[(label + 1)..<rule].joined(separator: "\n"))
        guard !text.isEmpty else { return nil }
        let rest = Array(repeating: "", count: rule + 1) + lines[(rule + 1)...]
        return (text, rest.joined(separator: "\n"))
    }

    /// cState's own form: each paragraph ends in its track shortcode; the text after the last is untracked.
    /// A fenced code block right after a shortcode goes with the paragraph the shortcode ends, which
    /// introduces it ("try the steps below"), as cState shows it.
    private static func trailingPieces(_ text: NSString, _ tracks: [NSTextCheckingResult]) -> [Piece] {
        var start = 0
        var pieces: [Piece] = []
        for match in tracks {
            pieces.append((text.substring(with: NSRange(location: start, length: match.range.location - start)), match))
            start = match.range.location + match.range.length
        }
        pieces.append((text.substring(from: start), nil))
        for index in pieces.indices.dropFirst() {
            guard let (block, rest) = leadingCodeBlock(of: pieces[index].text) else { continue }
            pieces[index - 1].text += "\n\n" + block
            pieces[index].text = rest
        }
        return pieces
    }

    /// A fenced code block that `text` starts with (after blank lines), to its closing fence, and the text
    /// after it; `nil` when the text starts otherwise or the block is never closed.
    private static func leadingCodeBlock(of text: String) -> (block: String, rest: String)? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let first = lines.firstIndex(where: { !String($0).trimmingSpaces().isEmpty }) else { return nil }
        let opening = String(lines[first]).trimmingSpaces()
        guard opening.hasPrefix("```") || opening.hasPrefix("~~~") else { return nil }
        let fence = opening.prefix(3)
        guard let closing = lines[(first + 1)...].firstIndex(where: { String($0).trimmingSpaces().hasPrefix(fence) })
        else {
            return nil
        }
        return (
            lines[first...closing].joined(separator: "\n"), lines[(closing + 1)...].joined(separator: "\n")
        )
    }

    /// The form some sites use instead: each update opens with its shortcode, at the start of a paragraph and
    /// after nothing but a label (`***Resolved*** {{< track "..." >}}`), its text after the shortcode. The text
    /// before the first is untracked. `nil` when any shortcode is not so placed.
    private static func leadingPieces(_ text: NSString, _ tracks: [NSTextCheckingResult]) -> [Piece]? {
        var starts: [Int] = []
        for match in tracks {
            let lineStart = text.lineRange(for: NSRange(location: match.range.location, length: 0)).location
            let before = text.substring(with: NSRange(location: lineStart, length: match.range.location - lineStart))
            let paragraphStart =
                lineStart == 0
                || text.substring(to: lineStart - 1).split(separator: "\n", omittingEmptySubsequences: false).last?
                    .allSatisfy(\.isWhitespace) == true
            let range = NSRange(location: 0, length: (before as NSString).length)
            guard paragraphStart,
                before.trimmingSpaces().isEmpty || bareLabel.firstMatch(in: before, range: range) != nil
            else { return nil }
            starts.append(lineStart)
        }
        var pieces: [Piece] = [(text.substring(to: starts[0]), nil)]
        for (index, match) in tracks.enumerated() {
            let end = index + 1 < starts.count ? starts[index + 1] : text.length
            let label = text.substring(
                with: NSRange(location: starts[index], length: match.range.location - starts[index]))
            let after = text.substring(
                with: NSRange(
                    location: match.range.location + match.range.length,
                    length: end - match.range.location - match.range.length))
            let labelled = label.trimmingSpaces().isEmpty ? "" : label.trimmingSpaces() + " "
            pieces.append((labelled + after.trimmingCharacters(in: .whitespacesAndNewlines), match))
        }
        return pieces
    }

    /// Trims blank lines and the `---` rules that separate updates, and keeps the text from turning into
    /// statusgen update headings or page-sized titles: every heading goes three levels down (`#` becomes
    /// `####`, below the page's title, sections and incident titles), a `---` under text becomes a rule, and
    /// a hard break (two spaces at the end of a line) becomes a `\` that no editor strips.
    static func tidy(_ text: String) -> String {
        let raw = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var lines = raw.map { $0.trimmingTrailingSpaces() }
        for index in lines.indices.dropLast()
        where raw[index].hasSuffix("  ") && !lines[index].trimmingSpaces().isEmpty
            && !lines[index + 1].trimmingSpaces().isEmpty
        {
            lines[index] += "\\"
        }
        while let first = lines.first, first.trimmingSpaces().isEmpty || isRule(first) { lines.removeFirst() }
        while let last = lines.last, last.trimmingSpaces().isEmpty || isRule(last) { lines.removeLast() }
        if let last = lines.last, last.hasSuffix("\\") { lines[lines.count - 1].removeLast() }
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
            } else if let level = headingLevel(line) {
                result.append(String(repeating: "#", count: min(level + 3, 6)) + line.dropFirst(level))
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

    /// Whether `line` is a thematic break: three or more `-`, `*` or `_` and nothing else but spaces.
    static func isRule(_ line: String) -> Bool {
        let compact = line.replacingOccurrences(of: " ", with: "")
        return compact.count >= 3 && (Set(compact) == ["-"] || Set(compact) == ["*"] || Set(compact) == ["_"])
    }

    /// The level of an ATX heading line (`## Title` is 2), or `nil`.
    private static func headingLevel(_ line: String) -> Int? {
        let hashes = line.prefix { $0 == "#" }.count
        guard (1...6).contains(hashes) else { return nil }
        let rest = line.dropFirst(hashes)
        return rest.isEmpty || rest.first == " " || rest.first == "\t" ? hashes : nil
    }
}

extension String {
    fileprivate func trimmingTrailingSpaces() -> String {
        var text = Substring(self)
        while text.last == " " || text.last == "\t" || text.last == "\r" { text.removeLast() }
        return String(text)
    }
}
