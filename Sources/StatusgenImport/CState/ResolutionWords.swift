import Foundation

/// Whether an update's text says the problem is over ("is resolved", "has been fixed", "back to normal"),
/// and not that it is not ("not yet resolved") or is planned to be ("will be completed by 04:00").
enum ResolutionWords {
    // Constant patterns of this file: a failure here is a mistake in them, found by any test.
    private static let said = try! NSRegularExpression(
        pattern: #"\b(resolved|fixed|restored|back to normal|back online|back up|recovered|working again|"#
            + #"operational again|functioning normally|works? again|works? normally|no longer|completed|is over|solved)\b"#,
        options: [.caseInsensitive])
    private static let denied = try! NSRegularExpression(
        pattern: #"\b(not|n't|yet to be|until)\s+(yet\s+)?(been\s+|be\s+|fully\s+)?(resolved|fixed|restored|solved)"#,
        options: [.caseInsensitive])
    // "The work will be completed by 04:00", "mail is delivered when services are restored": a plan, not a fix.
    private static let planned = try! NSRegularExpression(
        pattern: #"\b((will|should|would|may|expected to|is to)\s+(be\s+)?(fully\s+)?|"#
            + #"(when|once|until|after)\s+([\w-]+\s+){0,3}(is|are|has been|have been)\s+)"#
            + #"(resolved|fixed|restored|solved|completed|back)"#,
        options: [.caseInsensitive])

    /// Whether `text` says the problem is resolved.
    static func match(_ text: String) -> Bool {
        let range = NSRange(location: 0, length: (text as NSString).length)
        return said.firstMatch(in: text, range: range) != nil && denied.firstMatch(in: text, range: range) == nil
            && planned.firstMatch(in: text, range: range) == nil
    }
}
