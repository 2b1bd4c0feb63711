/// One line of the ledger: an update that a channel has received (or that a baseline marked as
/// received), a delivery that began, or the line that starts a channel's history; or, with a
/// `recipient`, what became of one email recipient who refused an update for now.
public struct LedgerEntry: Sendable, Hashable {
    /// What the line records.
    public enum Note: String, Sendable, Hashable, CaseIterable {
        /// The channel took the update.
        case sent
        /// A delivery began. Without a `sent` or `failed` line after it, the run was stopped before it
        /// knew the outcome: the channel may or may not have the update.
        case sending
        /// The run saw the delivery fail (after its retries): the update is sent again by the next run.
        case failed
        /// `--baseline` marked the update as sent without sending it.
        case baseline
        /// The channel's history starts here: later updates are sent to it.
        case start
        /// With a recipient: the recipient refused the update for now (a full mailbox), or still did when
        /// it was tried again; later runs try it again.
        case deferred
        /// With a recipient: the recipient is not tried again (refused for good, no longer subscribed, or
        /// refused for now for longer than `Ledger.deferralLimit`).
        case refused
    }

    /// The update's stable id; `*` on a `start` line.
    public var updateID: String
    public var channel: String
    /// When the line was written, RFC 3339 in UTC.
    public var time: String
    public var note: Note
    /// On a line about one email recipient: the recipient's token (`RecipientToken`), never the address,
    /// since the ledger is committed.
    public var recipient: String?

    public init(updateID: String, channel: String, time: String, note: Note, recipient: String? = nil) {
        self.updateID = updateID
        self.channel = channel
        self.time = time
        self.note = note
        self.recipient = recipient
    }

    /// The line as written, tab-separated, with its line break: `UPDATE-ID TAB CHANNEL TAB TIME TAB NOTE`,
    /// then `TAB RECIPIENT` on a recipient's line.
    public var line: String {
        ([updateID, channel, time, note.rawValue] + (recipient.map { [$0] } ?? [])).joined(separator: "\t") + "\n"
    }
}
