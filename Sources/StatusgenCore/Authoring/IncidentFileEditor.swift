import Foundation
import StatusgenModel
import Yams

/// Adds an update to an incident file and changes component statuses in its front matter, as edits of
/// the text: every other byte (comments, spacing, key order, line ends) stays as the operator wrote it,
/// so the change reads in a git diff as the added lines and the changed status lines alone.
///
/// The edited text is read back with `IncidentParser` and must say exactly what was asked, or nothing
/// is returned: a message that would start another section, or a front matter that cannot be edited
/// safely, is refused.
public struct IncidentFileEditor: Sendable {
    /// The file's path relative to the site root, for messages.
    public var path: String
    /// The component ids configured for the site.
    public var componentIDs: [String]

    public init(path: String, componentIDs: [String]) {
        self.path = path
        self.componentIDs = componentIDs
    }

    /// The file as it reads now.
    public func read(_ text: String) throws(DiagnosticList) -> Incident {
        try IncidentParser(componentIDs: componentIDs).parse(path: path, text: text)
    }

    /// `text` with `update` added at the end and `changes` set in its `components:` front matter.
    public func apply(_ update: UpdateDraft, changing changes: [AffectedComponent], to text: String)
        throws(DiagnosticList) -> String
    {
        try UpdateSection.checkMessage(update.message, path: path)
        let before = try read(text)
        try UpdateSection.checkAppendable(update, to: text, after: before.updates.last, path: path)
        var lines = TextLines(text)
        try setComponents(changes, in: &lines, text: text)
        UpdateSection.append(update, to: &lines)
        let edited = lines.text

        let after: Incident
        do {
            after = try read(edited)
        } catch {
            throw UpdateSection.notWritten(error, path: path)
        }
        guard after.updates.count == before.updates.count + 1, after.updates.last?.time == update.time,
            after.updates.last?.status == update.status,
            (after.postmortemHTML == nil) == (before.postmortemHTML == nil)
        else { throw UpdateSection.startsAnotherSection(path: path) }
        guard after.components == Self.merging(changes, into: before.components) else {
            throw cannotEdit("the components could not be changed safely")
        }
        guard UpdateSection.endsOutsideBlocks(edited) else { throw UpdateSection.leavesBlockOpen(path: path) }
        return edited
    }

    /// The components after `changes`: changed ones in place, new ones at the end in the order given.
    static func merging(_ changes: [AffectedComponent], into components: [AffectedComponent]) -> [AffectedComponent] {
        var result = components
        for change in changes {
            if let index = result.firstIndex(where: { $0.id == change.id }) {
                result[index].status = change.status
            } else {
                result.append(change)
            }
        }
        return result
    }

    // MARK: Front matter

    private func setComponents(_ changes: [AffectedComponent], in lines: inout TextLines, text: String)
        throws(DiagnosticList)
    {
        guard !changes.isEmpty else { return }
        guard let front = try? FrontMatter.split(text), let root = (try? Yams.compose(yaml: front.yaml)) ?? nil,
            let mapping = root.mapping
        else { throw cannotEdit("the front matter could not be read") }
        // Yams counts lines from the YAML's first line; `TextLines` from the file's.
        func index(of mark: Mark) -> Int { mark.line + front.yamlFirstLine - 2 }

        let entry = mapping.first { $0.key.string == "components" }
        var added: [AffectedComponent] = []
        for change in changes {
            if let value = entry?.value.mapping?.first(where: { $0.key.string == change.id })?.value {
                guard let mark = value.mark, value.scalar != nil else {
                    throw cannotEdit("the status of '\(change.id)' is not a single word")
                }
                try replaceWord(at: mark, lineIndex: index(of: mark), with: change.status.rawValue, in: &lines)
            } else if !added.contains(where: { $0.id == change.id }) {
                added.append(change)
            }
        }
        guard !added.isEmpty else { return }

        let lineEnd = lines.lineEnd
        let insertAt: Int
        var newLines: [String]
        var indent = "  "
        switch entry?.value {
        case nil:
            // No components yet: a new key just before the closing '---'.
            insertAt = front.bodyFirstLine - 2
            newLines = ["components:"]
        case .some(let value) where value.scalar?.string == "":
            guard let keyMark = entry?.key.mark else { throw cannotEdit("'components' could not be found") }
            insertAt = index(of: keyMark) + 1
            newLines = []
        case .some(let value):
            // One entry per line, below the key: entries on the key's own line are a flow mapping, `{...}`.
            guard let components = value.mapping, let keyMark = entry?.key.mark,
                let firstKeyMark = components.first?.key.mark, let lastValueMark = Array(components).last?.value.mark,
                firstKeyMark.line > keyMark.line, components.style != .flow
            else {
                throw cannotEdit("'components' is not written as one 'id: status' line per component")
            }
            indent = String(repeating: " ", count: firstKeyMark.column - 1)
            insertAt = index(of: lastValueMark) + 1
            newLines = []
        }
        newLines += added.map { "\(indent)\($0.id): \($0.status.rawValue)" }
        lines.lines.insert(contentsOf: newLines.map { $0 + lineEnd }, at: insertAt)
    }

    /// Replaces the scalar that starts at `mark` (a plain or quoted word) on its line.
    private func replaceWord(at mark: Mark, lineIndex: Int, with word: String, in lines: inout TextLines)
        throws(DiagnosticList)
    {
        guard lines.lines.indices.contains(lineIndex) else { throw cannotEdit("a status is not where it was read") }
        var scalars = Array(lines.lines[lineIndex].unicodeScalars)
        let start = mark.column - 1
        guard scalars.indices.contains(start) else { throw cannotEdit("a status is not where it was read") }
        var end = start
        var replacement = word
        if scalars[start] == "\"" || scalars[start] == "'" {
            // A quoted status stays quoted the same way.
            let quote = scalars[start]
            end = start + 1
            while end < scalars.count && scalars[end] != quote { end += 1 }
            guard end < scalars.count else { throw cannotEdit("a quoted status has no closing quote") }
            end += 1
            replacement = "\(quote)\(word)\(quote)"
        } else {
            let stops: Set<Unicode.Scalar> = [" ", "\t", "\r", "\n", ",", "}", "#"]
            while end < scalars.count && !stops.contains(scalars[end]) { end += 1 }
        }
        scalars.replaceSubrange(start..<end, with: replacement.unicodeScalars)
        var line = String.UnicodeScalarView()
        line.append(contentsOf: scalars)
        lines.lines[lineIndex] = String(line)
    }

    // MARK: Body

    /// Adds `update` after the last line, separated by a blank line, with the file's own line ends.
    private func cannotEdit(_ reason: String) -> DiagnosticList {
        DiagnosticList([
            .error("not written: \(reason); edit the front matter by hand", at: SourceLocation(path: path))
        ])
    }
}
