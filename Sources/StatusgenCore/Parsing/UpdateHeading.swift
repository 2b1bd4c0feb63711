import Foundation
import StatusgenModel

/// A level-2 heading of an incident body: an update (`## TIMESTAMP STATUS`, then the components whose
/// status it changes, `(api=operational, web=degraded_performance)`, and `(quiet)` for one that is not
/// notified) or the postmortem.
enum UpdateHeading: Equatable {
    case update(time: Date, status: UpdateStatus, quiet: Bool, componentChanges: [AffectedComponent] = [])
    case postmortem

    /// The mark after the status word of an update that `statusgen notify` leaves out, such as a typo fix.
    static let quietMark = "(quiet)"

    /// Reads a heading's text for an incident of `kind` (`nil`: not known, any status word is accepted);
    /// the error is the message for the user.
    static func parse(_ text: String, kind: IncidentKind?) throws(ParseFailure) -> UpdateHeading {
        var trimmed = text.trimmingWhitespace()
        if trimmed.lowercased() == "postmortem" { return .postmortem }
        var quiet = trimmed.lowercased().hasSuffix(" " + quietMark)
        if quiet { trimmed = trimmed.dropLast(quietMark.count).trimmingWhitespace() }
        // "Post-mortem", "Post mortem", "Postmortem: root cause": the postmortem, written another way.
        if trimmed.filter(\.isLetter).lowercased().hasPrefix("postmortem") {
            throw ParseFailure("'## \(trimmed)': write the postmortem's heading as '## Postmortem', alone on its line")
        }
        let changes = try componentChanges(in: &trimmed)
        if !quiet, trimmed.lowercased().hasSuffix(" " + quietMark) {
            quiet = true
            trimmed = trimmed.dropLast(quietMark.count).trimmingWhitespace()
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
        if !changes.isEmpty, status.endsIncident {
            throw ParseFailure(
                "'\(status.rawValue)' gives every component back, so it changes no status: write the changes on an"
                    + " update before it")
        }
        return .update(time: time, status: status, quiet: quiet, componentChanges: changes)
    }

    /// The component changes at the end of `heading`, `(ID=STATUS, ...)`, taken off it; none when it does not
    /// end in a parenthesis that holds a `=` or a `:` (`(api: operational)`, as the front matter has it,
    /// gets the hint; `## Impact (summary)` is a heading in the wrong place).
    private static func componentChanges(in heading: inout String) throws(ParseFailure) -> [AffectedComponent] {
        guard heading.hasSuffix(")"), let open = heading.lastIndex(of: "(") else { return [] }
        let inside = heading[heading.index(after: open)..<heading.index(before: heading.endIndex)]
        guard inside.contains("=") || inside.contains(":") else { return [] }
        var changes: [AffectedComponent] = []
        for pair in inside.split(separator: ",", omittingEmptySubsequences: false) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).map {
                $0.trimmingWhitespace()
            }
            guard parts.count == 2, !parts[0].isEmpty else {
                throw ParseFailure(
                    "'(\(inside))': write each component's new status as ID=STATUS, separated by commas, in one"
                        + " parenthesis after the status word, such as (api=operational)")
            }
            let words = ComponentStatus.allCases.map(\.rawValue)
            guard let status = ComponentStatus(rawValue: parts[1]) else {
                throw ParseFailure(
                    "unknown component status '\(parts[1])' for '\(parts[0])': expected one of"
                        + " \(words.joined(separator: ", "))" + Suggestion.hint(for: parts[1], among: words))
            }
            guard !changes.contains(where: { $0.id == parts[0] }) else {
                throw ParseFailure("'\(parts[0])' is given two statuses in one update")
            }
            changes.append(AffectedComponent(id: parts[0], status: status))
        }
        heading = heading[..<open].trimmingWhitespace()
        if heading.hasSuffix(")"), !heading.lowercased().hasSuffix(" " + quietMark) {
            throw ParseFailure(
                "'(\(inside))': give every component's new status in one parenthesis after the status word")
        }
        return changes
    }
}
