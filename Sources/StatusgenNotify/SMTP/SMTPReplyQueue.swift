import NIOCore

/// Hands each reply to the command waiting for it, in order; a reply that comes before anyone waits for it
/// (the greeting, often) is kept for the next to ask. When the connection closes or fails, every waiting
/// command fails with the reason.
final class SMTPReplyQueue: ChannelInboundHandler, @unchecked Sendable {
    typealias InboundIn = SMTPReply

    // Touched only on the channel's event loop.
    private var waiting: [EventLoopPromise<SMTPReply>] = []
    private var unclaimed: [SMTPReply] = []
    private var closed: DeliveryFailure?
    private let timeout: Double

    init(timeout: Double) {
        self.timeout = timeout
    }

    /// Ends a session that ran out of time: what waits fails with "no answer within", and the connection closes.
    func timeOut(_ channel: Channel) {
        failAll(DeliveryFailure("no answer within \(timeout) s"))
        channel.close(promise: nil)
    }

    /// Whether replies came that no command has asked for yet.
    var hasUnclaimed: Bool { !unclaimed.isEmpty }

    /// A promise for the next reply not yet claimed.
    func next(on loop: EventLoop) -> EventLoopFuture<SMTPReply> {
        loop.preconditionInEventLoop()
        if !unclaimed.isEmpty { return loop.makeSucceededFuture(unclaimed.removeFirst()) }
        let promise = loop.makePromise(of: SMTPReply.self)
        if let closed { promise.fail(closed) } else { waiting.append(promise) }
        return promise.futureResult
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        let reply = unwrapInboundIn(data)
        if waiting.isEmpty { unclaimed.append(reply) } else { waiting.removeFirst().succeed(reply) }
    }

    func errorCaught(context: ChannelHandlerContext, error: Error) {
        failAll(error as? DeliveryFailure ?? DeliveryFailure("\(error)"))
        context.close(promise: nil)
    }

    func channelInactive(context: ChannelHandlerContext) {
        failAll(DeliveryFailure("the server closed the connection"))
        context.fireChannelInactive()
    }

    private func failAll(_ failure: DeliveryFailure) {
        closed = closed ?? failure
        let pending = waiting
        waiting = []
        for promise in pending { promise.fail(failure) }
    }
}
