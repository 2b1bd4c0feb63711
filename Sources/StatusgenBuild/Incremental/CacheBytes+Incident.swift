import Foundation
import StatusgenModel

/// An incident in `.statusgen-cache/incidents`: every field of `Incident`, its enumerations as their
/// words and its times as exact seconds, so that reading it back gives the same value.
extension CacheByteWriter {
    mutating func incident(_ incident: Incident) {
        string(incident.id)
        string(incident.kind.rawValue)
        string(incident.title)
        string(incident.impact.rawValue)
        count(incident.components.count)
        for component in incident.components {
            string(component.id)
            string(component.status.rawValue)
        }
        count(incident.affectedText.count)
        for text in incident.affectedText { string(text) }
        string(incident.summaryHTML)
        string(incident.summaryText)
        optional(incident.postmortemHTML) { $0.string($1) }
        count(incident.updates.count)
        for update in incident.updates {
            double(update.time.timeIntervalSinceReferenceDate)
            string(update.status.rawValue)
            string(update.bodyHTML)
            string(update.bodyText)
            signed(update.line)
            flag(update.quiet)
            count(update.sameSecondIndex)
        }
        optional(incident.window) { writer, window in
            writer.double(window.starts.timeIntervalSinceReferenceDate)
            writer.double(window.ends.timeIntervalSinceReferenceDate)
        }
        string(incident.source.path)
        optional(incident.source.line) { $0.signed($1) }
        flag(incident.notify)
    }

    private mutating func optional<Value>(_ value: Value?, _ write: (inout Self, Value) -> Void) {
        flag(value != nil)
        if let value { write(&self, value) }
    }
}

extension CacheByteReader {
    mutating func incident() throws(Failure) -> Incident {
        let id = try string()
        let kind: IncidentKind = try word()
        let title = try string()
        let impact: Impact = try word()
        var components: [AffectedComponent] = []
        for _ in 0..<(try count()) {
            components.append(AffectedComponent(id: try string(), status: try word()))
        }
        var affectedText: [String] = []
        for _ in 0..<(try count()) { affectedText.append(try string()) }
        let summaryHTML = try string()
        let summaryText = try string()
        let postmortemHTML = try flag() ? try string() : nil
        var updates: [IncidentUpdate] = []
        for _ in 0..<(try count()) {
            let time = Date(timeIntervalSinceReferenceDate: try double())
            var update = IncidentUpdate(
                time: time, status: try word(), bodyHTML: try string(), bodyText: try string(), line: try signed(),
                quiet: try flag())
            update.sameSecondIndex = try count()
            updates.append(update)
        }
        let window =
            try flag()
            ? MaintenanceWindow(
                starts: Date(timeIntervalSinceReferenceDate: try double()),
                ends: Date(timeIntervalSinceReferenceDate: try double())) : nil
        let source = SourceLocation(path: try string(), line: try flag() ? try signed() : nil)
        return Incident(
            id: id, kind: kind, title: title, impact: impact, components: components, affectedText: affectedText,
            summaryHTML: summaryHTML, summaryText: summaryText, postmortemHTML: postmortemHTML, updates: updates,
            window: window, source: source, notify: try flag())
    }

    /// A word of one of the file formats' enumerations.
    private mutating func word<Word: RawRepresentable<String>>() throws(Failure) -> Word {
        let text = try string()
        guard let word = Word(rawValue: text) else { throw Failure(reason: "'\(text)' is not a known word") }
        return word
    }
}
