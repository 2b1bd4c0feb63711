import NIOCore
import NIOPosix

/// A TCP server on 127.0.0.1 that answers every connection with a fixed script, for checks to probe.
struct LocalListener {
    /// What the server does with each connection.
    enum Script: Sendable {
        /// Sends `text` once connected, after `delayMs`.
        case greet(String, delayMs: Int64 = 0)
        /// Accepts and never sends a byte.
        case silent
        /// Answers the first bytes received with `response` and closes.
        case respond(String)
    }

    private let channel: any Channel
    /// The port the server listens on.
    let port: Int

    init(_ script: Script) async throws {
        channel = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.addHandler(ScriptedHandler(script: script))
                }
            }
            .bind(host: "127.0.0.1", port: 0).get()
        port = channel.localAddress?.port ?? 0
    }

    /// A port on 127.0.0.1 where nothing listens: bound once, then closed.
    static func closedPort() async throws -> Int {
        let listener = try await LocalListener(.silent)
        try await listener.stop()
        return listener.port
    }

    func stop() async throws {
        try await channel.close()
    }
}

/// Plays a `LocalListener.Script` on one connection.
private final class ScriptedHandler: ChannelInboundHandler {
    typealias InboundIn = ByteBuffer
    typealias OutboundOut = ByteBuffer

    let script: LocalListener.Script

    init(script: LocalListener.Script) {
        self.script = script
    }

    func channelActive(context: ChannelHandlerContext) {
        guard case .greet(let text, let delay) = script else { return }
        let bound = NIOLoopBound(context, eventLoop: context.eventLoop)
        context.eventLoop.scheduleTask(in: .milliseconds(delay)) {
            bound.value.writeAndFlush(NIOAny(ByteBuffer(string: text)), promise: nil)
        }
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        guard case .respond(let text) = script else { return }
        context.writeAndFlush(wrapOutboundOut(ByteBuffer(string: text))).whenComplete { _ in
            context.close(promise: nil)
        }
    }
}
