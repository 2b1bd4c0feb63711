import Foundation
import StatusgenModel

/// Writes the text of a new incident or maintenance file, and reads it back to be sure it says what
/// the operator asked for before anything is written.
public struct IncidentFileComposer: Sendable {
    /// The component ids configured for the site.
    public var componentIDs: [String]

    public init(componentIDs: [String]) {
        self.componentIDs = componentIDs
    }

    /// The file's text for `draft`, to be saved at `path` (relative to the site root).
    public func compose(_ draft: IncidentDraft, path: String) throws(DiagnosticList) -> String {
        try UpdateSection.checkMessage(draft.update.message, path: path)
        var lines = ["---", "title: " + YAMLScalar.write(draft.title)]
        if draft.kind == .maintenance { lines.append("kind: maintenance") }
        if let impact = draft.impact { lines.append("impact: \(impact.rawValue)") }
        if let window = draft.window {
            lines.append("starts: " + RFC3339.string(from: window.starts))
            lines.append("ends: " + RFC3339.string(from: window.ends))
        }
        if !draft.components.isEmpty {
            lines.append("components:")
            lines += draft.components.map { "  \($0.id): \($0.status.rawValue)" }
        }
        lines.append("---")
        let text = lines.joined(separator: "\n") + "\n" + UpdateSection.text(for: draft.update, lineEnd: "\n")

        let incident: Incident
        do {
            incident = try IncidentParser(componentIDs: componentIDs).parse(path: path, text: text)
        } catch {
            throw UpdateSection.notWritten(error, path: path)
        }
        guard incident.updates.count == 1, incident.postmortemHTML == nil else {
            throw UpdateSection.startsAnotherSection(path: path)
        }
        guard UpdateSection.endsOutsideBlocks(text) else { throw UpdateSection.leavesBlockOpen(path: path) }
        guard incident.title == draft.title else {
            throw DiagnosticList([
                .error("not written: the title would read back as '\(incident.title)'", at: SourceLocation(path: path))
            ])
        }
        return text
    }
}
