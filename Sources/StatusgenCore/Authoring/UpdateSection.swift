import Foundation
import StatusgenModel

/// The text of one update section (`## TIME STATUS` and its message), and the refusals shared by the
/// commands that write one.
enum UpdateSection {
    /// `## 2026-11-24T10:52:00Z investigating`, with the components it changes (`(api=operational)`), the
    /// message, and a line end after each line.
    static func text(for update: UpdateDraft, lineEnd: String) -> String {
        var lines = TextLines.contents(of: update.message)
        while lines.first?.trimmingCharacters(in: .whitespaces).isEmpty == true { lines.removeFirst() }
        while lines.last?.trimmingCharacters(in: .whitespaces).isEmpty == true { lines.removeLast() }
        let heading = UpdateHeadingLine.text(
            time: RFC3339.string(from: update.time), status: update.status, changes: update.componentChanges)
        return ([heading] + lines).map { $0 + lineEnd }.joined()
    }

    /// `update`'s section at the end of `lines`, after a blank line, in the file's own line ends.
    static func append(_ update: UpdateDraft, to lines: inout TextLines) {
        let lineEnd = lines.lineEnd
        if let last = lines.lines.indices.last, TextLines.lineEnd(of: lines.lines[last]).isEmpty {
            lines.lines[last] += lineEnd
        }
        if let last = lines.lines.last, !TextLines.content(of: last).trimmingCharacters(in: .whitespaces).isEmpty {
            lines.lines.append(lineEnd)
        }
        lines.lines.append(text(for: update, lineEnd: lineEnd))
    }

    /// Refuses to append `update` to the file `text` at `path`, whose newest update is `newest`: an update
    /// before the newest one's second, or a file that ends inside a code block or an HTML comment or
    /// block, which would swallow it. An update in the newest one's second (`new` and then `update`
    /// straight away) is accepted: it comes after it in the file, and updates at one second keep their
    /// file order.
    static func checkAppendable(
        _ update: UpdateDraft, to text: String, after newest: IncidentUpdate?, path: String
    ) throws(DiagnosticList) {
        if let newest,
            update.time.timeIntervalSince1970.rounded(.down) < newest.time.timeIntervalSince1970.rounded(.down)
        {
            throw DiagnosticList([
                .error(
                    "not written: the new update's time \(RFC3339.string(from: update.time)) is before"
                        + " the newest update's (\(RFC3339.string(from: newest.time)))",
                    at: SourceLocation(path: path, line: newest.line))
            ])
        }
        guard endsOutsideBlocks(text) else {
            throw DiagnosticList([
                .error(
                    "not written: the file ends inside a code block (```) or an HTML comment or block, so a new"
                        + " update would be part of it; close it first", at: SourceLocation(path: path))
            ])
        }
    }

    /// Whether an update heading written after `text` (an incident file, or a translation, which may have
    /// no front matter) would start a section: not when its body ends inside a code fence, an HTML comment
    /// or another raw-HTML block, which would swallow it.
    static func endsOutsideBlocks(_ text: String) -> Bool {
        let body = (try? FrontMatter.split(text).body) ?? text
        let probe = "2000-01-01T00:00:00Z update"
        return MarkdownRenderer.levelTwoHeadings(in: body + "\n\n## " + probe + "\n").last?.text == probe
    }

    /// The refusal when the message leaves a code block or HTML block open: the file would read back, but
    /// the next update written after it would become part of it.
    static func leavesBlockOpen(path: String) -> DiagnosticList {
        DiagnosticList([
            .error(
                "not written: the message leaves a code block (```) or an HTML comment or block open, which would"
                    + " hide every later update; close it", at: SourceLocation(path: path))
        ])
    }

    /// The refusal when the edited file would not read back, with the reader's problems. The lines they
    /// name are lines of the text that was not written, so they are told in the message, not as `path:line`.
    static func notWritten(_ problems: DiagnosticList, path: String) -> DiagnosticList {
        DiagnosticList(
            problems.diagnostics.map { problem in
                let line = problem.location.line.map { "line \($0): " } ?? ""
                return .error(
                    "not written: the file would not read back (\(line)\(problem.message))",
                    at: SourceLocation(path: path))
            })
    }

    /// Refuses a message that holds a level-2 heading of its own (`## Next steps`, or a setext heading),
    /// which would start another update or a postmortem: said before anything else, with the message's line.
    static func checkMessage(_ message: String, path: String) throws(DiagnosticList) {
        guard let heading = MarkdownRenderer.levelTwoHeadings(in: message).first else { return }
        let lines = message.split(separator: "\n", omittingEmptySubsequences: false)
        let text = lines[heading.startLine - 1].trimmingCharacters(in: .whitespacesAndNewlines)
        // A line with "---" under it (a setext heading) is usually meant as a horizontal rule.
        let advice =
            text.hasPrefix("#")
            ? "use ### for headings inside an update"
            : "followed by '---' it is a heading in Markdown; put a blank line before '---' for a horizontal rule"
        throw DiagnosticList([
            .error(
                "not written: line \(heading.startLine) of the message ('\(text)') would start another section of"
                    + " the file: \(advice)",
                at: SourceLocation(path: path))
        ])
    }

    /// The refusal when the message itself holds a `## ` heading (or a line that makes one), which would
    /// start another update or a postmortem.
    static func startsAnotherSection(path: String) -> DiagnosticList {
        DiagnosticList([
            .error(
                "not written: the message would start another section of the file; use ### for headings inside an update",
                at: SourceLocation(path: path))
        ])
    }
}
