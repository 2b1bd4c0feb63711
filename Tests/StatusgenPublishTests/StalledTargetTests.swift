import Foundation
import StatusgenPublish
import Testing

/// A server on 127.0.0.1 that takes connections (the kernel completes them into its backlog) and never
/// says a word, as a hung host does.
private final class SilentServer {
    let descriptor: Int32
    let port: Int

    init() throws {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { address in
                bind(descriptor, address, length) == 0 && listen(descriptor, 8) == 0
                    && getsockname(descriptor, address, &length) == 0
            }
        }
        guard descriptor >= 0, bound else {
            close(descriptor)
            throw POSIXError(.EADDRNOTAVAIL)
        }
        self.descriptor = descriptor
        port = Int(UInt16(bigEndian: address.sin_port))
    }

    deinit { close(descriptor) }
}

@Suite("Targets whose server never answers", .timeLimit(.minutes(1)))
struct StalledTargetTests {
    /// The failure of a publish of a small site to the target `make` gives (from the site's folder), which
    /// must come well within the 30 s a target that waited for its server would take.
    private func failure(publishingTo make: (URL) -> any PublishTarget) async throws -> String {
        let built = try BuiltSite()
        defer { built.remove() }
        try built.write(BuiltSite.first)
        let start = ContinuousClock.now
        let report = await Publisher(site: try built.snapshot()).publish(to: make(built.root))
        #expect(ContinuousClock.now - start < .seconds(30))
        return try #require(report.failure)
    }

    @Test("a git server that takes the connection and never answers fails the target within its stall time")
    func git() async throws {
        let server = try SilentServer()
        let failure = try await failure { root in
            GitTarget(
                name: "pages", repository: "http://127.0.0.1:\(server.port)/pages.git", branch: "gh-pages",
                workFolder: root.appendingPathComponent("clone"), stallSeconds: 2)
        }
        #expect(failure.contains("Operation too slow"), "\(failure)")
    }

    @Test("an ssh host that takes the connection and never answers fails the target within its stall time")
    func ssh() async throws {
        let server = try SilentServer()
        let failure = try await failure { _ in
            SSHTarget(
                name: "mirror", host: "deploy@127.0.0.1", path: "/srv/status", port: server.port, sshCommand: nil,
                stallSeconds: 2)
        }
        #expect(failure.hasPrefix("ssh exited with status 255: "), "\(failure)")
        #expect(failure.contains("timed out"), "\(failure)")
    }
}
