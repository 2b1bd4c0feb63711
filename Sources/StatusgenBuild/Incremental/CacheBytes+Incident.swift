import Foundation
import StatusgenModel

/// An incident in `.statusgen-cache/incidents`: every field of `Incident`, its enumerations as their
/// words and its times as exact seconds, so that reading it back gives the same value.
extension ByteWriter {
    mutating func incident(_ incident: Incident) {
        string(incident.id)
        string(incident.kind.rawValue)
        string(incident.title)
        string(incident.impact.rawValue)
        integer(UInt64(incident.components.count))
        for component in incident.components {
            string(component.id)
            string(component.status.rawValue)
        }
        integer(UInt64(incident.affectedText.count))
        for text in incident.affectedText { string(text) }
        string(incident.summaryHTML)
        string(incident.summaryText)
        optional(incident.postmortemHTML) { $0.string($1) }
        integer(UInt64(incident.updates.count))
        for update in incident.updates {
            exactDate(update.time)
            string(update.status.rawValue)
            string(update.bodyHTML)
            string(update.bodyText)
            signed(update.line)
            flag(update.quiet)
            integer(UInt64(update.sameSecondIndex))
            integer(UInt64(update.componentChanges.count))
            for change in update.componentChanges {
                string(change.id)
                string(change.status.rawValue)
            }
        }
        optional(incident.window) { writer, window in
            writer.exactDate(window.starts)
            writer.exactDate(window.ends)
        }
        string(incident.source.path)
        optional(incident.source.line) { $0.signed($1) }
        flag(incident.notify)
    }
}

extension ByteReader {
    mutating func incident() throws(CacheDecodingFailure) -> Incident {
        let id = try string()
        let kind: IncidentKind = try word()
        let title = try string()
        let impact: Impact = try word()
        var components: [AffectedComponent] = []
        for _ in 0..<(try bounded()) {
            components.append(AffectedComponent(id: try string(), status: try word()))
        }
        var affectedText: [String] = []
        for _ in 0..<(try bounded()) { affectedText.append(try string()) }
        let summaryHTML = try string()
        let summaryText = try string()
        let postmortemHTML = try flag() ? try string() : nil
        var updates: [IncidentUpdate] = []
        for _ in 0..<(try bounded()) {
            let time = try exactDate()
            var update = IncidentUpdate(
                time: time, status: try word(), bodyHTML: try string(), bodyText: try string(), line: try signed(),
                quiet: try flag())
            update.sameSecondIndex = try count()
            for _ in 0..<(try bounded()) {
                update.componentChanges.append(AffectedComponent(id: try string(), status: try word()))
            }
            updates.append(update)
        }
        let window =
            try flag()
            ? MaintenanceWindow(starts: try exactDate(), ends: try exactDate()) : nil
        let source = SourceLocation(path: try string(), line: try flag() ? try signed() : nil)
        return Incident(
            id: id, kind: kind, title: title, impact: impact, components: components, affectedText: affectedText,
            summaryHTML: summaryHTML, summaryText: summaryText, postmortemHTML: postmortemHTML, updates: updates,
            window: window, source: source, notify: try flag())
    }

    /// A word of one of the file formats' enumerations.
    private mutating func word<Word: RawRepresentable<String>>() throws(CacheDecodingFailure) -> Word {
        let text = try string()
        guard let word = Word(rawValue: text) else {
            throw CacheDecodingFailure(reason: "'\(text)' is not a known word")
        }
        return word
    }
}
