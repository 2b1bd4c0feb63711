import StatusgenCore
import StatusgenModel

/// What `statusgen notify` has sent: the ledger file's lines, read back and checked before they are trusted.
///
/// The file is text the operator commits: a comment header, then one line per update and channel
/// (`LedgerEntry`). Each line is appended with one write, so a run stopped at any moment leaves whole
/// lines; only a crash of the machine itself can leave the last line without its line break, and then
/// that line is ignored (its update is sent again).
public struct Ledger: Sendable {
    /// The first line of a new ledger.
    public static let header = "# statusgen notify ledger: update id, channel, time, note; commit this file\n"

    public private(set) var entries: [LedgerEntry]
    private var recorded: Set<String>
    private var started: Set<String>
    private var begun: [String: Int]

    public init(entries: [LedgerEntry] = []) {
        self.entries = []
        self.recorded = []
        self.started = []
        self.begun = [:]
        for entry in entries { add(entry) }
    }

    /// Whether `channel` has received (or was marked with) `updateID`.
    public func contains(updateID: String, channel: String) -> Bool {
        recorded.contains(updateID + "\t" + channel)
    }

    /// How many deliveries of `updateID` to `channel` began in runs that were stopped before they knew the
    /// outcome (a `sending` line with no `sent` or `failed` after it): each may have reached the channel.
    public func unconfirmedDeliveries(updateID: String, channel: String) -> Int {
        recorded.contains(updateID + "\t" + channel) ? 0 : begun[updateID + "\t" + channel, default: 0]
    }

    /// Whether `channel` has a history here; a channel without one must start with `--baseline`
    /// when the site already has updates.
    public func hasStarted(_ channel: String) -> Bool {
        started.contains(channel)
    }

    public mutating func add(_ entry: LedgerEntry) {
        entries.append(entry)
        started.insert(entry.channel)
        let key = entry.updateID + "\t" + entry.channel
        switch entry.note {
        case .sent, .baseline: recorded.insert(key)
        case .sending: begun[key, default: 0] += 1
        case .failed: begun[key] = max(0, begun[key, default: 0] - 1)
        case .start: break
        }
    }

    /// Reads the ledger `text` of the file at `path`. A last line without its line break is left out and
    /// its line number returned; any other line that is not a ledger line is an error at its line.
    public static func parse(_ text: String, path: String) throws(DiagnosticList) -> (ledger: Ledger, tornLine: Int?) {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        var torn: Int?
        if let last = lines.last {
            if !last.isEmpty { torn = lines.count }
            lines.removeLast()
        }
        var ledger = Ledger()
        var problems: [Diagnostic] = []
        for (index, line) in lines.enumerated() where !line.isEmpty && !line.hasPrefix("#") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 4, !fields[0].isEmpty, SiteID.isValid(fields[1]),
                (try? TimestampParser.parse(fields[2])) != nil, let note = LedgerEntry.Note(rawValue: fields[3])
            else {
                problems.append(
                    .error(
                        "not a ledger line: expected 'UPDATE-ID<tab>CHANNEL<tab>TIME<tab>sent|sending|failed|baseline|start'",
                        at: SourceLocation(path: path, line: index + 1)))
                continue
            }
            ledger.add(LedgerEntry(updateID: fields[0], channel: fields[1], time: fields[2], note: note))
        }
        guard problems.isEmpty else { throw DiagnosticList(problems) }
        return (ledger, torn)
    }
}
