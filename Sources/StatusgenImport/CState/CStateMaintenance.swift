import Foundation
import StatusgenModel

/// Recognises a cState post that tells of maintenance, by the site's own signals: a front matter key
/// (`section: maintenance`, `maintenance: true`), a title or file name that names maintenance or planned work (whatever
/// its severity: services are often down during it), or an opening text that does in a post of no outage
/// severity. It becomes a statusgen maintenance when its window is known: from its start to its resolution.
enum CStateMaintenance {
    // A constant pattern of this file: a failure here is a mistake in it, found by any test.
    private static let words = try! NSRegularExpression(
        pattern: #"\b(maintenance|planned work|scheduled work|planned downtime|scheduled downtime|wartung)\b"#,
        options: [.caseInsensitive])

    /// The window for `issue`, whose updates are `updates`, oldest first; `nil` (with a warning when the issue
    /// looks like maintenance) keeps it an incident.
    static func window(
        for issue: CStateIssue, updates: [CStateUpdatePlanner.Update], warnings: inout [Diagnostic]
    ) -> (starts: Int64, ends: Int64)? {
        let opening = updates.first?.text ?? ""
        if issue.severity != .down, issue.severity != .disrupted,
            let announced = announced(
                in: opening, day: Int64((issue.date.value.seconds / 86_400).rounded(.down)) * 86_400)
        {
            return announced
        }
        let signal =
            issue.maintenanceKey
            ?? (says(issue.title)
                ? "its title"
                : says(issue.name.replacingOccurrences(of: "-", with: " ").replacingOccurrences(of: "_", with: " "))
                    ? "its file name" : says(opening) ? "its text" : nil)
        guard let signal, let first = updates.first, let last = updates.last else { return nil }
        guard issue.resolved, last.status == .resolved, last.seconds > first.seconds else {
            warnings.append(
                .warning(
                    "maintenance by \(signal), but without a resolved end its window is not known: stays an incident",
                    at: issue.date.location))
            return nil
        }
        // Text that only mentions maintenance ("caused by a maintenance") in an outage is an incident.
        if signal == "its text", issue.severity == .down || issue.severity == .disrupted {
            warnings.append(
                .warning(
                    "maintenance by \(signal), but its severity is \(issue.severity?.rawValue ?? ""): stays an incident",
                    at: issue.date.location))
            return nil
        }
        return (first.seconds, last.seconds)
    }

    /// The maintenance status for an incident status: work under way, being checked, done.
    static func status(_ status: UpdateStatus) -> UpdateStatus {
        switch status {
        case .investigating, .identified: .inProgress
        case .monitoring: .verifying
        case .resolved: .completed
        default: status
        }
    }

    // "will be rebooted between [22:00 and 23:59 BST on Tue 20th Jun 2017]": a window to come, with its day.
    private static let window = try! NSRegularExpression(
        pattern: #"\bwill\b[^.]{0,120}?\bbetween\s+(?:the\s+hours\s+of\s+)?\[?\s*(\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?)"#
            + #"\s*(?:and|to|-|–)\s*(\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?)\s*((?!on\b)[a-z]{2,4}\b)?(?:\s*on\s+([^\]\)\n]+?)(?=\s*(?:[\]\)\n]|[.,;](?:\s|$)|$)))?"#,
        options: [.caseInsensitive])

    /// The window that `text` announces ("will be rebooted between 22:00 and 23:59 BST on Tue 20th Jun 2017"), as
    /// seconds since 1970; `nil` when it names none, or one whose times cannot be read. A window without its day
    /// ("between 21:00 and 22:00 UTC") is on `day` (midnight UTC of the post's date); an end before the start is
    /// on the next day.
    static func announced(in text: String, day: Int64) -> (starts: Int64, ends: Int64)? {
        let string = text as NSString
        guard let match = window.firstMatch(in: text, range: NSRange(location: 0, length: string.length)) else {
            return nil
        }
        func group(_ index: Int) -> String {
            match.range(at: index).location == NSNotFound
                ? "" : string.substring(with: match.range(at: index))
        }
        func clock(_ index: Int) -> String { group(index).replacingOccurrences(of: ".", with: ":") }
        let date = String(group(4).trimmingSpaces().reversed().drop { ".,;:".contains($0) }.reversed())
        let zone = group(3).trimmingSpaces()
        guard let starts = BodyTime.read("\(date) \(clock(1)) \(zone)".trimmingSpaces(), day: day),
            var ends = BodyTime.read("\(date) \(clock(2)) \(zone)".trimmingSpaces(), day: day),
            date.isEmpty || !starts.hadNoDate
        else { return nil }
        if ends.seconds <= starts.seconds { ends.seconds += 86_400 }
        return (starts.seconds, ends.seconds)
    }

    private static func says(_ text: String) -> Bool {
        words.firstMatch(in: text, range: NSRange(location: 0, length: (text as NSString).length)) != nil
    }
}
