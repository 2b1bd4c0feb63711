import Foundation
import StatusgenCore
import StatusgenModel

/// Writes each Statuspage incident or maintenance as a statusgen incident file, and counts what it did.
struct StatuspageIncidentWriter {
    let components: StatuspageComponents
    let existing: [String: String]
    let update: Bool
    let parser: IncidentParser

    private(set) var created: [OutputFile] = []
    private(set) var replaced: [OutputFile] = []
    private(set) var warnings: [Diagnostic] = []
    private(set) var summary = ImportSummary()
    private var ids: Set<String> = []

    init(components: StatuspageComponents, existing: [String: String], update: Bool, parser: IncidentParser) {
        self.components = components
        self.existing = existing
        self.update = update
        self.parser = parser
        summary.noun = "incident"
    }

    /// Writes `incident`, read from the file `path`.
    mutating func write(_ incident: StatuspagePayload.Incident, path: String) {
        summary.issues += 1
        let location = SourceLocation(path: path)
        guard let created = StatuspageIncidentFile.seconds(incident.createdAt) else {
            summary.skipped += 1
            warnings.append(
                .warning(
                    "incident \(incident.id): created_at '\(incident.createdAt)' is not a time: skipped", at: location))
            return
        }
        let day = String(RFC3339.string(milliseconds: created * 1000).prefix(10))
        let base = day + "-" + (Slug.make(incident.name).isEmpty ? "incident" : Slug.make(incident.name))
        let id = Slug.unique(base, avoiding: ids)
        ids.insert(id)
        let converted = StatuspageIncidentFile(incident, components: components)
        let markdown = ImportHash.stamp(converted.render())
        let file = "incidents/\(id).md"
        switch ImportedFile.decide(markdown, over: existing[id], update: update) {
        case .kept:
            summary.skipped += 1
            return
        case .unchanged:
            summary.unchanged += 1
            return
        case .edited:
            summary.skipped += 1
            warnings.append(
                .warning(
                    "\(file) was edited since it was imported: not overwritten, though the page changed", at: location))
            return
        case .create, .replace: break
        }
        do {
            _ = try parser.parse(path: file, text: markdown)
        } catch {
            summary.skipped += 1
            warnings.append(
                .warning(
                    "incident \(incident.id) does not convert (\(error.diagnostics.map(\.message).joined(separator: "; "))):"
                        + " skipped", at: location))
            return
        }
        summary.written += 1
        if case let unlisted = converted.unlisted, !unlisted.isEmpty {
            warnings.append(
                .warning(
                    "incident \(incident.id) names components the page does not list (deleted since?): "
                        + unlisted.joined(separator: ", ") + "; kept in \(file) as affected_text", at: location))
        }
        let output = OutputFile(path: file, contents: Data(markdown.utf8))
        if existing[id] != nil {
            summary.rewritten += 1
            replaced.append(output)
        } else {
            self.created.append(output)
        }
    }
}
