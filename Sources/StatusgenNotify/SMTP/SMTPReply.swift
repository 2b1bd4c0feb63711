/// A server's reply: its three-digit code and the text of each of its lines.
struct SMTPReply: Sendable {
    var code: Int
    var lines: [String]

    /// The reply as one line for messages: `550 mailbox unavailable`.
    var summary: String { "\(code) " + lines.joined(separator: " ") }

    /// Whether a refusal of a recipient is about that mailbox alone, for now: 450 (mailbox unavailable) or
    /// 452 with a mailbox status (RFC 3463 `4.2.x`: full, disabled). Other 4xx replies (rate limits, a full
    /// queue, 421 closing) are about the whole session.
    var isMailboxBusy: Bool {
        guard code == 450 || code == 452 else { return false }
        let enhanced = lines.first?.split(separator: " ").first.map(String.init) ?? ""
        return enhanced.hasPrefix("4.2.") || (code == 450 && !enhanced.hasPrefix("4."))
    }
}
