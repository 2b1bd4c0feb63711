/// How many source issues an import wrote, wrote with a loss it warned about, and skipped.
public struct ImportSummary: Sendable, Equatable {
    /// Issues read (drafts and issues already imported included).
    public var issues = 0
    /// Incident files written (new or rewritten), degraded ones included.
    public var written = 0
    /// Written without something the source says (an unknown severity, an unreadable time): each warned.
    public var degraded = 0
    /// Not written: unreadable, drafts, or already imported and not to be rewritten.
    public var skipped = 0
    /// Of the written files, those that replaced an unedited earlier import (`--update`).
    public var rewritten = 0
    /// Files already imported that the source no longer changes.
    public var unchanged = 0

    /// What the source calls what it holds: `issue` (cState), `incident` (Statuspage).
    public var noun = "issue"

    public init() {}

    /// "35 issues: 32 written (2 degraded), 3 skipped", with every count in the right number.
    public var sentence: String {
        var text = "\(Self.count(issues, noun)): \(written) written"
        var details: [String] = []
        if rewritten > 0 { details.append("\(rewritten) of them updated") }
        if degraded > 0 { details.append("\(degraded) degraded") }
        if !details.isEmpty { text += " (\(details.joined(separator: ", ")))" }
        if unchanged > 0 { text += ", \(unchanged) unchanged" }
        return text + ", \(skipped) skipped"
    }

    /// `1 issue`, `2 issues`.
    public static func count(_ number: Int, _ noun: String) -> String {
        "\(number) \(noun)\(number == 1 ? "" : "s")"
    }
}
