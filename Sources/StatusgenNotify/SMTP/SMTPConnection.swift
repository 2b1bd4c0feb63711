import NIOCore
import NIOPosix
import NIOSSL

/// One connection to an SMTP server: commands written as lines, each answered by one reply; TLS added
/// from the start or after STARTTLS by NIOSSL.
struct SMTPConnection {
    let channel: Channel
    let replies: SMTPReplyQueue
    /// How long the server may take to answer each command (a message's end included) before the
    /// connection is closed, failing whatever waits for it.
    let limit: TimeAmount

    /// Connects to `host:port`, with TLS from the first byte when `tls` is given; returns after the greeting.
    /// Connecting, and each answer of the server, may take up to `timeout` seconds: a session sending one
    /// message to each of thousands of subscribers takes as long as it needs while the server answers.
    static func open(host: String, port: Int, tls: (NIOSSLContext, String?)?, timeout: Double) async throws
        -> SMTPConnection
    {
        let replies = SMTPReplyQueue(timeout: timeout)
        let limit = TimeAmount.milliseconds(Int64(timeout * 1000))
        let channel = try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .connectTimeout(limit)
            .channelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    if let (context, hostname) = tls {
                        try channel.pipeline.syncOperations.addHandler(
                            NIOSSLClientHandler(context: context, serverHostname: hostname))
                    }
                    try channel.pipeline.syncOperations.addHandler(ByteToMessageHandler(SMTPReplyDecoder()))
                    try channel.pipeline.syncOperations.addHandler(replies)
                }
            }
            .connect(host: host, port: port).get()
        let connection = SMTPConnection(channel: channel, replies: replies, limit: limit)
        try await connection.expect(220, try await connection.reply(), for: "the greeting")
        return connection
    }

    /// Sends `line` and waits for its reply; `shown` replaces the line in messages (for credentials).
    func command(_ line: String, expecting codes: Set<Int>, shown: String? = nil) async throws -> SMTPReply {
        let reply = try await send(line)
        try expect(codes, reply, for: shown ?? line)
        return reply
    }

    /// Sends `line` and returns its reply, whatever its code.
    func send(_ line: String) async throws -> SMTPReply {
        let future = channel.eventLoop.flatSubmit {
            let reply = nextReply()
            return channel.writeAndFlush(ByteBuffer(string: line + "\r\n")).flatMap { reply }
        }
        return try await future.get()
    }

    /// The next reply, not asked for by a command (the greeting).
    func reply() async throws -> SMTPReply {
        try await channel.eventLoop.flatSubmit { nextReply() }.get()
    }

    /// The next reply, or after `limit` without one, the end of the session (on the event loop).
    private func nextReply() -> EventLoopFuture<SMTPReply> {
        let reply = replies.next(on: channel.eventLoop)
        let (replies, channel) = (replies, channel)
        let timer = channel.eventLoop.scheduleTask(in: limit) { replies.timeOut(channel) }
        reply.whenComplete { _ in timer.cancel() }
        return reply
    }

    /// Adds TLS in front of the connection, after the server agreed to STARTTLS. Replies that came before
    /// it and nobody asked for can only be forged by someone on the way (RFC 3207 section 5): the session
    /// ends rather than read them as answers to encrypted commands.
    func startTLS(_ context: NIOSSLContext, hostname: String?) async throws {
        try await channel.eventLoop.submit {
            guard !replies.hasUnclaimed else {
                throw DeliveryFailure("the server sent replies nobody asked for before STARTTLS")
            }
            try channel.pipeline.syncOperations.addHandler(
                NIOSSLClientHandler(context: context, serverHostname: hostname), position: .first)
        }.get()
    }

    /// Closes without waiting: the server has answered QUIT (or failed), and a TLS peer that never sends
    /// its close_notify must not hold the run.
    func close() {
        channel.close(promise: nil)
    }

    func expect(_ codes: Set<Int>, _ reply: SMTPReply, for what: String) throws {
        guard codes.contains(reply.code) else {
            // 4xx replies are temporary by the protocol's own definition; 5xx are permanent.
            throw DeliveryFailure("\(what): \(reply.summary)", isRetryable: reply.code < 500)
        }
    }

    func expect(_ code: Int, _ reply: SMTPReply, for what: String) async throws {
        try expect([code], reply, for: what)
    }
}
