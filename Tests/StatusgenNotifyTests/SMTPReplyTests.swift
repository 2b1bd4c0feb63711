import Testing

@testable import StatusgenNotify

@Suite("SMTP replies")
struct SMTPReplyTests {
    @Test(
        "a refusal for now is about one mailbox only when it says so: the others are about the session",
        arguments: [
            (450, "mailbox unavailable", true), (450, "4.2.0 greylisted, try later", true),
            (452, "4.2.2 <a@example.com>: mailbox full", true), (452, "4.3.1 insufficient system storage", false),
            (451, "4.7.1 rate limit exceeded", false), (421, "4.4.2 closing connection", false),
            (454, "4.7.0 TLS not available", false), (550, "5.1.1 no such user", false),
        ])
    func mailboxBusy(code: Int, text: String, isMailboxBusy: Bool) {
        #expect(SMTPReply(code: code, lines: [text]).isMailboxBusy == isMailboxBusy)
    }
}
