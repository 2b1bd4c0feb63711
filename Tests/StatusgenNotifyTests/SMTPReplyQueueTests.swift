import NIOCore
import NIOEmbedded
import Testing

@testable import StatusgenNotify

@Suite("SMTP replies reach the command that waits for them")
struct SMTPReplyQueueTests {
    @Test("a greeting that arrives before anyone asks for it is kept, not dropped")
    func earlyGreetingIsKept() throws {
        let channel = EmbeddedChannel()
        let queue = SMTPReplyQueue(timeout: 10)
        try channel.pipeline.syncOperations.addHandler(queue)
        try channel.writeInbound(SMTPReply(code: 220, lines: ["mail.example.com ESMTP"]))
        try channel.writeInbound(SMTPReply(code: 250, lines: ["OK"]))

        var codes: [Int] = []
        queue.next(on: channel.eventLoop).whenSuccess { codes.append($0.code) }
        queue.next(on: channel.eventLoop).whenSuccess { codes.append($0.code) }
        let third = queue.next(on: channel.eventLoop)
        third.whenSuccess { codes.append($0.code) }
        #expect(codes == [220, 250])

        try channel.writeInbound(SMTPReply(code: 354, lines: ["go ahead"]))
        #expect(codes == [220, 250, 354])
    }

    @Test("when the server closes, whoever waits is told so")
    func closeFailsWaiters() throws {
        let channel = EmbeddedChannel()
        let queue = SMTPReplyQueue(timeout: 10)
        try channel.pipeline.syncOperations.addHandler(queue)
        var failure: String?
        queue.next(on: channel.eventLoop).whenFailure { failure = "\($0)" }
        channel.pipeline.fireChannelInactive()
        #expect(failure?.contains("the server closed the connection") == true)
    }
}
