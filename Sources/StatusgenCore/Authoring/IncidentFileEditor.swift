import Foundation
import StatusgenModel
import Yams

/// Adds an update to an incident file, with the component statuses it changes in its heading
/// (`(api=operational)`), as edits of the text: every other byte (comments, spacing, key order, line ends)
/// stays as the operator wrote it, so the change reads in a git diff as the added lines alone. A component
/// the incident did not name yet is added to its front matter as `operational`, the status it had until
/// this update, so that the record keeps every status each component had.
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

    /// `text` with `update` added at the end, its heading giving the statuses of `changes` that differ from
    /// what the incident gives those components then; components it does not name yet are added to its
    /// `components:` front matter first, as operational.
    public func apply(_ update: UpdateDraft, changing changes: [AffectedComponent], to text: String)
        throws(DiagnosticList) -> String
    {
        try UpdateSection.checkMessage(update.message, path: path)
        if !changes.isEmpty, update.status.endsIncident {
            throw DiagnosticList([
                .error(
                    "not written: '\(update.status.rawValue)' gives every component back, so it takes no --component;"
                        + " give the components' statuses with an update before it", at: SourceLocation(path: path))
            ])
        }
        let before = try read(text)
        try UpdateSection.checkAppendable(update, to: text, after: before.updates.last, path: path)
        let named = before.components.map(\.id)
        let added = changes.filter { !named.contains($0.id) }.map { AffectedComponent(id: $0.id, status: .operational) }
        var update = update
        update.componentChanges = changes.filter {
            (before.status(of: $0.id, at: update.time) ?? .operational) != $0.status
        }
        var lines = TextLines(text)
        try addComponents(added, in: &lines, text: text)
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
        guard after.components == before.components + added,
            after.updates.last?.componentChanges == update.componentChanges
        else {
            throw cannotEdit("the components could not be changed safely")
        }
        guard UpdateSection.endsOutsideBlocks(edited) else { throw UpdateSection.leavesBlockOpen(path: path) }
        return edited
    }

    // MARK: Front matter

    /// Adds `added` (none of them named yet) to the front matter's `components:`, after its entries.
    private func addComponents(_ added: [AffectedComponent], in lines: inout TextLines, text: String)
        throws(DiagnosticList)
    {
        guard !added.isEmpty else { return }
        guard let front = try? FrontMatter.split(text), let root = (try? Yams.compose(yaml: front.yaml)) ?? nil,
            let mapping = root.mapping
        else { throw cannotEdit("the front matter could not be read") }
        // Yams counts lines from the YAML's first line; `TextLines` from the file's.
        func index(of mark: Mark) -> Int { mark.line + front.yamlFirstLine - 2 }

        let entry = mapping.first { $0.key.string == "components" }
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

    /// The refusal to write an edit that could not be made safely, for `reason`.
    private func cannotEdit(_ reason: String) -> DiagnosticList {
        DiagnosticList([
            .error("not written: \(reason); edit the file by hand", at: SourceLocation(path: path))
        ])
    }
}
