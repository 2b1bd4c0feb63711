import Foundation
import StatusgenModel
import StatusgenRendering

/// The text of one update section (`## TIME STATUS` and its message), and the refusals shared by the
/// commands that write one.
enum UpdateSection {
    /// `## 2026-11-24T10:52:00Z investigating`, the message, and a line end after each line.
    static func text(for update: UpdateDraft, lineEnd: String) -> String {
        var lines = TextLines.contents(of: update.message)
        while lines.first?.trimmingCharacters(in: .whitespaces).isEmpty == true { lines.removeFirst() }
        while lines.last?.trimmingCharacters(in: .whitespaces).isEmpty == true { lines.removeLast() }
        let heading = "## \(UTCTimestampFormatter.rfc3339(update.time)) \(update.status.rawValue)"
        return ([heading] + lines).map { $0 + lineEnd }.joined()
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
