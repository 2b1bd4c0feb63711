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

    /// Each update a channel has received (or was marked with), as `UPDATE-ID<tab>CHANNEL`: true when it was
    /// sent, false when it was only marked (`baseline`).
    private(set) var received: [String: Bool]
    private var started: Set<String>
    private var begun: [String: Int]
    /// The recipients still to try again, by channel, then by update id and token joined by a tab.
    private var deferred: [String: [String: Deferral]]

    /// How long a recipient that refused an update for now is tried again by later runs, counted from its
    /// first refusal: the five days a mail server keeps trying (RFC 5321 4.5.4.1).
    public static let deferralLimit: Double = 5 * 24 * 3600

    /// An email recipient that refused an update for now (a full mailbox): later runs try it again.
    public struct Deferral: Sendable, Hashable {
        public var updateID: String
        /// The recipient's `RecipientToken`.
        public var recipient: String
        /// When it first refused the update, as the ledger wrote it.
        public var since: String
        /// How many tries of it began in runs stopped before they knew the outcome (each may have arrived).
        public var unconfirmed: Int
    }

    public init(entries: [LedgerEntry] = []) {
        self.received = [:]
        self.started = []
        self.begun = [:]
        self.deferred = [:]
        for entry in entries { add(entry) }
    }

    /// The recipients of `channel` to try again, by update id, then token.
    public func deferrals(channel: String) -> [Deferral] {
        (deferred[channel] ?? [:]).values.sorted { ($0.updateID, $0.recipient) < ($1.updateID, $1.recipient) }
    }

    /// Whether `channel` has received (or was marked with) `updateID`.
    public func contains(updateID: String, channel: String) -> Bool {
        received[updateID + "\t" + channel] != nil
    }

    /// Whether `channel` was sent `updateID`, rather than only marked with it (`baseline`).
    public func wasSent(updateID: String, channel: String) -> Bool {
        received[updateID + "\t" + channel] == true
    }

    /// How many deliveries of `updateID` to `channel` began in runs that were stopped before they knew the
    /// outcome (a `sending` line with no `sent` or `failed` after it): each may have reached the channel.
    public func unconfirmedDeliveries(updateID: String, channel: String) -> Int {
        received[updateID + "\t" + channel] != nil ? 0 : begun[updateID + "\t" + channel, default: 0]
    }

    /// Whether `channel` has a history here; a channel without one must start with `--baseline`
    /// when the site already has updates.
    public func hasStarted(_ channel: String) -> Bool {
        started.contains(channel)
    }

    public mutating func add(_ entry: LedgerEntry) {
        if let recipient = entry.recipient {
            add(
                updateID: entry.updateID, channel: entry.channel, recipient: recipient, time: entry.time,
                note: entry.note)
        } else {
            add(key: entry.updateID + "\t" + entry.channel, channel: entry.channel, note: entry.note)
        }
    }

    /// Adds a recipient's line.
    private mutating func add(
        updateID: String, channel: String, recipient: String, time: String, note: LedgerEntry.Note
    ) {
        let key = updateID + "\t" + recipient
        switch note {
        case .deferred:
            // A first refusal opens the deferral; a later one closes the try that a `sending` line began.
            var deferral =
                deferred[channel]?[key]
                ?? Deferral(updateID: updateID, recipient: recipient, since: time, unconfirmed: 1)
            deferral.unconfirmed = max(0, deferral.unconfirmed - 1)
            deferred[channel, default: [:]][key] = deferral
        case .sending:
            deferred[channel]?[key]?.unconfirmed += 1
        case .sent, .refused:
            deferred[channel]?[key] = nil
        case .failed, .baseline, .start:
            break
        }
    }

    /// Adds a line by its update id and channel joined by a tab, as the line starts.
    private mutating func add(key: String, channel: String, note: LedgerEntry.Note) {
        started.insert(channel)
        switch note {
        case .sent: received[key] = true
        case .baseline: received[key] = received[key] ?? false
        case .sending: begun[key, default: 0] += 1
        case .failed: begun[key] = max(0, begun[key, default: 0] - 1)
        // Lines of one recipient (`add(updateID:channel:recipient:time:note:)`).
        case .start, .deferred, .refused: break
        }
    }

    /// Reads the ledger `text` of the file at `path`. A last line without its line break is read when it is a
    /// whole ledger line, else left out and its line number returned (torn); any other line that is not a
    /// ledger line is an error at its line.
    ///
    /// A site with years of history has hundreds of thousands of lines, read before each run sends anything:
    /// they are read as bytes, and only a line's key and channel become strings.
    public static func parse(_ text: String, path: String) throws(DiagnosticList) -> (ledger: Ledger, tornLine: Int?) {
        var ledger = Ledger()
        var problems: [Diagnostic] = []
        var torn: Int?
        var text = text
        // The last time found good: lines written together (a baseline's tens of thousands) share it.
        var goodTime: [UInt8] = []
        text.withUTF8 { bytes in
            var start = 0
            var number = 0
            while start < bytes.count {
                number += 1
                guard let end = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) else {
                    // Without its line break: whole when written by hand (an editor that ends a file
                    // without one), torn when a write was cut short.
                    if !ledger.add(line: bytes[start...], goodTime: &goodTime) { torn = number }
                    break
                }
                let line = bytes[start..<end]
                start = end + 1
                guard let first = line.first, first != UInt8(ascii: "#") else { continue }
                guard ledger.add(line: line, goodTime: &goodTime) else {
                    problems.append(
                        .error(
                            "not a ledger line: expected 'UPDATE-ID<tab>CHANNEL<tab>TIME<tab>sent|sending|failed|baseline|start'"
                                + " or a recipient's 'UPDATE-ID<tab>CHANNEL<tab>TIME<tab>deferred|sending|sent|refused<tab>TOKEN'",
                            at: SourceLocation(path: path, line: number)))
                    continue
                }
            }
        }
        guard problems.isEmpty else { throw DiagnosticList(problems) }
        return (ledger, torn)
    }

    /// Adds `line` (without its line break); false when it is not a ledger line: four tab-separated fields,
    /// an update id, a channel id, a time and a note, and a recipient's token after `deferred` and `refused`
    /// (and after `sending` and `sent` when they are about one recipient). A time equal to `goodTime` is not
    /// read again; one read good becomes it.
    private mutating func add(line: Slice<UnsafeBufferPointer<UInt8>>, goodTime: inout [UInt8]) -> Bool {
        let tab = UInt8(ascii: "\t")
        guard let first = line.firstIndex(of: tab), let second = line[(first + 1)...].firstIndex(of: tab),
            let third = line[(second + 1)...].firstIndex(of: tab), first > line.startIndex
        else { return false }
        let fourth = line[(third + 1)...].firstIndex(of: tab)
        guard
            let note = LedgerEntry.Note(
                rawValue: String(decoding: line[(third + 1)..<(fourth ?? line.endIndex)], as: UTF8.self))
        else { return false }
        var recipient: String?
        if let fourth {
            let field = line[(fourth + 1)...]
            guard [.sending, .sent, .deferred, .refused].contains(note), RecipientToken.isValid(field) else {
                return false
            }
            recipient = String(decoding: field, as: UTF8.self)
        } else if note == .deferred || note == .refused {
            return false
        }
        let time = line[(second + 1)..<third]
        if !time.elementsEqual(goodTime) {
            guard Self.isTime(time) else { return false }
            goodTime = Array(time)
        }
        let channel = String(decoding: line[(first + 1)..<second], as: UTF8.self)
        guard SiteID.isValid(channel) else { return false }
        if let recipient {
            add(
                updateID: String(decoding: line[..<first], as: UTF8.self), channel: channel, recipient: recipient,
                time: String(decoding: time, as: UTF8.self), note: note)
        } else {
            add(key: String(decoding: line[..<second], as: UTF8.self), channel: channel, note: note)
        }
        return true
    }

    /// Whether `field` is a time, as `TimestampParser` reads one: its RFC 3339 reader first, which reads the
    /// bytes in place (`notify` writes `2026-11-24T10:53:00Z`).
    static func isTime(_ field: some Collection<UInt8>) -> Bool {
        TimestampParser.parseRFC3339(field) != nil
            || (try? TimestampParser.parse(String(decoding: field, as: UTF8.self))) != nil
    }
}
