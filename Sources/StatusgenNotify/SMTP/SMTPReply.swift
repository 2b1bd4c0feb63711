/// A server's reply: its three-digit code and the text of each of its lines.
struct SMTPReply: Sendable {
    var code: Int
    var lines: [String]

    /// The reply as one line for messages: `550 mailbox unavailable`.
    var summary: String { "\(code) " + lines.joined(separator: " ") }
}
