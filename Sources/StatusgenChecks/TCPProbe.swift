import NIOCore
import NIOPosix
import StatusgenModel

/// Runs a TCP check: connect, and with a banner prefix, read the server's first line (an SMTP `220`).
struct TCPProbe: Sendable {
    /// A first line longer than this is cut: banners are one short line.
    static let lineLimit = 1024

    func run(host: String, port: Int, bannerPrefix: String?, definition: CheckDefinition) async -> CheckOutcome {
        let stopwatch = Stopwatch()
        do {
            return try await withDeadline(seconds: definition.timeout) {
                let channel = try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
                    .connectTimeout(.milliseconds(Int64(definition.timeout * 1000)))
                    .connect(host: host, port: port) { channel in
                        channel.eventLoop.makeCompletedFuture {
                            try NIOAsyncChannel<ByteBuffer, ByteBuffer>(wrappingChannelSynchronously: channel)
                        }
                    }
                let line = try await channel.executeThenClose { inbound, _ in
                    bannerPrefix == nil ? "" : try await Self.firstLine(of: inbound)
                }
                let latency = stopwatch.elapsedMs
                if bannerPrefix != nil, line.isEmpty {
                    return .wrongAnswer(latencyMs: latency, "the server sent no banner")
                }
                if let bannerPrefix, !line.hasPrefix(bannerPrefix) {
                    return .wrongAnswer(
                        latencyMs: latency, "the banner '\(Self.printable(line))' does not start with '\(bannerPrefix)'"
                    )
                }
                return .answered(latencyMs: latency, degradedAfterMs: definition.degradedAfterMs)
            }
        } catch {
            return .noAnswer(NetworkErrorWords.describe(error, timeout: definition.timeout))
        }
    }

    /// The bytes up to the first line break; what came before the server closed the connection otherwise.
    private static func firstLine(of inbound: NIOAsyncChannelInboundStream<ByteBuffer>) async throws -> String {
        var bytes: [UInt8] = []
        for try await chunk in inbound {
            bytes += chunk.readableBytesView
            if let end = bytes.firstIndex(of: UInt8(ascii: "\n")) {
                bytes.removeSubrange(end...)
                break
            }
            if bytes.count >= lineLimit { break }
        }
        if bytes.last == UInt8(ascii: "\r") { bytes.removeLast() }
        return String(decoding: bytes.prefix(lineLimit), as: UTF8.self)
    }

    /// The banner as it can be shown on one terminal line.
    private static func printable(_ line: String) -> String {
        String(line.unicodeScalars.map { $0.value < 32 || $0.value == 127 ? "?" : Character($0) }.prefix(80))
    }
}
