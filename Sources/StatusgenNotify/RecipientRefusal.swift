/// A recipient that refused its message while others took theirs: an address an SMTP server answered
/// `RCPT` for with `5xx` (for good: a mailbox that is gone) or with a busy mailbox (for now: full).
public struct RecipientRefusal: Sendable, Hashable {
    /// The address, as the message was sent to it.
    public var address: String
    /// The server's answer, for the terminal.
    public var reply: String
    /// Whether the refusal may pass: the address is tried again by later runs.
    public var isTemporary: Bool

    public init(address: String, reply: String, isTemporary: Bool) {
        self.address = address
        self.reply = reply
        self.isTemporary = isTemporary
    }

    /// `address: reply`.
    public var text: String { "\(address): \(reply)" }
}
