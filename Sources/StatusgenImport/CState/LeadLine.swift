import Foundation
import StatusgenModel

/// The first line of a paragraph that opens an update in the ways sites write them without cState's `track`
/// shortcode: a time (`2026-08-13 17:54 UTC - text`, `**17:54 UTC**`), a status word set apart
/// (`**Resolved** -`, `*Monitoring*:`, `Update:`), both (`**Resolved (17:54 UTC):**`), or a message section
/// (`[Initial message]`, `[Update message]`, `[Final message]`).
struct LeadLine {
    var time: BodyTime?
    var status: UpdateStatus?
    /// The opening words as written (`**Resolved** - `), to put back if the status is not used.
    var label: String
    /// The rest of the line, the update's first words.
    var rest: String

    /// The words of the message sections and the status each starts.
    static let messages: [String: UpdateStatus?] = [
        "initial": nil, "first": nil, "update": .update, "updated": .update, "final": .resolved, "last": .resolved,
        "resolution": .resolved, "end": .resolved, "closing": .resolved, "edit": .update,
    ]

    /// Reads `line`; `nil` when it opens no update. `day` dates a time written alone.
    static func read(_ line: String, day: Int64) -> LeadLine? {
        var text = Substring(line)
        func skip(_ characters: String) {
            while let first = text.first, characters.contains(first) { text.removeFirst() }
        }
        skip("# >")
        if text.hasPrefix("["), let close = text.firstIndex(of: "]") {
            // `[Initial message]`, `[Initial Message - Friday 22nd]`, `[Edit - Monday 25th]`.
            let words = text.dropFirst().prefix(upTo: close).lowercased().split(whereSeparator: { !$0.isLetter })
            let isMessage = words.contains("message") || words.first == "edit"
            if isMessage, let first = words.first {
                let status = messages[String(first)] ?? nil
                let after = text[text.index(after: close)...]
                // Words beyond the section's name (`- Friday 22nd`) say something: the line stays in the text.
                let named = words.count == (first == "edit" ? 1 : 2) && messages[String(first)] != nil
                return LeadLine(
                    time: nil, status: status, label: named ? String(line.prefix(line.count - after.count)) : "",
                    rest: named ? after.trimmingCharacters(in: .whitespaces) : line)
            }
        }
        let emphasis = text.prefix { "*_".contains($0) }
        skip("*_ ")
        var time = BodyTime.read(String(text), day: day)
        if let found = time { text = text.dropFirst(found.length) }
        // "Friday 6 September at 07:00 UTC, the service will..." is a sentence about a time, not an update.
        if time != nil, text.drop(while: { $0 == " " || $0 == "*" || $0 == "_" }).first == "," { return nil }
        // Set apart from the words after it (`**17:54 UTC** -`, `17:54 UTC: …`), as a time alone must be to
        // open an update; seen before the marks that set it apart are skipped.
        let isTimeSetApart = text.drop { $0 == " " }.first.map { "*_)]:-–—|".contains($0) } ?? true
        if time != nil { skip(" *_()[]-–—:|,") }
        var status: UpdateStatus?
        let word = text.prefix(while: \.isLetter)
        if let named = CStateBody.labels[word.lowercased()] {
            let after = text.dropFirst(word.count)
            let setApart =
                !emphasis.isEmpty || time != nil || after.first.map { ":-–—".contains($0) } == true
                || after.hasPrefix(" -") || after.hasPrefix(" –") || after.hasPrefix(" —")
            if setApart {
                status = named
                text = after
            }
        }
        if status != nil, time == nil {
            skip(" *_,-–—:(")
            time = BodyTime.read(String(text), day: day) ?? dottedTime(text, day: day)
            if let found = time { text = text.dropFirst(found.length) }
        }
        guard time != nil || status != nil else { return nil }
        // A time alone opens an update only when set apart from the words after it.
        if time?.hadNoDate == true, status == nil, !isTimeSetApart { return nil }
        skip(" *_)]:-–—|,")
        let rest = String(text).trimmingCharacters(in: .whitespaces)
        return LeadLine(time: time, status: status, label: String(line.dropLast(rest.count)), rest: rest)
    }

    /// A time written with a dot (`21.48`) right after a status word (`**Update: 21.48** -`), read as `21:48`;
    /// elsewhere such a number is more often a version or an amount.
    private static func dottedTime(_ text: Substring, day: Int64) -> BodyTime? {
        let digits = text.prefix(while: \.isNumber)
        let rest = text.dropFirst(digits.count)
        guard (1...2).contains(digits.count), rest.first == ".", rest.dropFirst().prefix(while: \.isNumber).count == 2
        else { return nil }
        return BodyTime.read(digits + ":" + rest.dropFirst(), day: day)
    }
}
