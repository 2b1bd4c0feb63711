import Foundation
import StatusgenModel

/// A level-2 heading of an incident body: an update (`## TIMESTAMP STATUS`, or
/// `## TIMESTAMP STATUS (quiet)` for one that is not notified) or the postmortem.
enum UpdateHeading: Equatable {
    case update(time: Date, status: UpdateStatus, quiet: Bool)
    case postmortem

    /// The mark after the status word of an update that `statusgen notify` leaves out, such as a typo fix.
    static let quietMark = "(quiet)"

    /// Reads a heading's text for an incident of `kind` (`nil`: not known, any status word is accepted);
    /// the error is the message for the user.
    static func parse(_ text: String, kind: IncidentKind?) throws(ParseFailure) -> UpdateHeading {
        var trimmed = text.trimmingWhitespace()
        if trimmed.lowercased() == "postmortem" { return .postmortem }
        let quiet = trimmed.lowercased().hasSuffix(" " + quietMark)
        if quiet { trimmed = trimmed.dropLast(quietMark.count).trimmingWhitespace() }
        // "Post-mortem", "Post mortem", "Postmortem: root cause": the postmortem, written another way.
        if trimmed.filter(\.isLetter).lowercased().hasPrefix("postmortem") {
            throw ParseFailure("'## \(trimmed)': write the postmortem's heading as '## Postmortem', alone on its line")
        }
        let allowed: [UpdateStatus] =
            switch kind {
            case .incident: UpdateStatus.incidentStatuses
            case .maintenance: UpdateStatus.maintenanceStatuses
            case nil: UpdateStatus.allCases
            }
        let example = kind == .maintenance ? "2026-11-24T22:00:00Z in_progress" : "2026-11-24T10:52:00Z investigating"
        guard let space = trimmed.lastIndex(where: \.isWhitespace) else {
            throw ParseFailure(
                "'## \(trimmed)' is not an update heading: write '## \(example)'"
                    + " (use ### for other headings inside an update)")
        }
        let word = String(trimmed[trimmed.index(after: space)...])
        if word.lowercased() == "postmortem" {
            throw ParseFailure("'## \(trimmed)': a postmortem has no time and no status: write '## Postmortem'")
        }
        let timestampText = trimmed[..<space].trimmingWhitespace()
        let time: Date
        do {
            time = try TimestampParser.parse(timestampText)
        } catch {
            // A heading that starts like a date is a timestamp gone wrong; other text is a heading in the wrong place.
            let hint = trimmed.first?.isNumber == true ? "" : " (use ### for other headings inside an update)"
            throw ParseFailure("'## \(trimmed)': \(error.description)\(hint)")
        }
        guard let status = UpdateStatus(rawValue: word), allowed.contains(status) else {
            let words = allowed.map(\.rawValue)
            let kindName =
                switch kind {
                case .incident: " for an incident"
                case .maintenance: " for a maintenance"
                case nil: ""
                }
            throw ParseFailure(
                "unknown status '\(word)'\(kindName): expected one of \(words.joined(separator: ", "))"
                    + Suggestion.hint(for: word, among: words))
        }
        return .update(time: time, status: status, quiet: quiet)
    }
}
