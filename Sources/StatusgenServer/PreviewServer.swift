import Foundation
import Hummingbird
import Logging
import NIOCore

/// A local preview of a status site: serves it from memory on 127.0.0.1 and rebuilds it whenever one of
/// its source files changes.
public struct PreviewServer: Sendable {
    /// Why the preview could not be served; `description` is the message for the user.
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// How often the sources are looked at for changes at the latest; a change the system reports is
    /// looked at sooner (`LookTimes`).
    public static let pollInterval: Duration = .milliseconds(500)

    /// The site's folder.
    public let root: URL
    /// Files and folders under `root` whose changes trigger a rebuild.
    public let watched: [String]
    /// Names in watched folders whose changes never trigger a rebuild (editor swap and backup files).
    public let ignores: @Sendable (String) -> Bool
    /// The port to listen on; 0 picks a free one.
    public let port: Int
    /// Builds the site from its folder; called once at the start and after every change.
    public let build: @Sendable () -> PreviewBuild

    public init(
        root: URL, watched: [String], ignores: @escaping @Sendable (String) -> Bool, port: Int,
        build: @escaping @Sendable () -> PreviewBuild
    ) {
        self.root = root
        self.watched = watched
        self.ignores = ignores
        self.port = port
        self.build = build
    }

    /// Serves until the process gets SIGINT (Ctrl-C) or SIGTERM; `onListening` gets the address once the
    /// server accepts connections.
    public func run(onListening: @escaping @Sendable (URL) -> Void) async throws {
        let watcher = SourceWatcher(root: root, paths: watched, ignores: ignores)
        let initial = watcher.look()
        let site = PreviewSite(build())
        var logger = Logger(label: "statusgen-serve")
        logger.logLevel = .warning
        let application = Application(
            responder: PreviewResponder(site: site),
            configuration: ApplicationConfiguration(address: .hostname("127.0.0.1", port: port)),
            onServerRunning: { channel in
                let port = channel.localAddress?.port ?? 0
                if let url = URL(string: "http://127.0.0.1:\(port)/") { onListening(url) }
            },
            logger: logger
        )
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask {
                // Stops on SIGINT and SIGTERM by itself, after the requests in progress are answered.
                do {
                    try await application.runService()
                } catch let error as IOError {
                    throw Failure(
                        description: "cannot listen on 127.0.0.1:\(port): \(String(cString: strerror(error.errnoCode)))"
                    )
                }
            }
            group.addTask {
                var stamps = initial.stamps
                let looks = LookTimes(interval: Self.pollInterval)
                defer { looks.stop() }
                looks.watch(initial.folders)
                // Ends when the task is cancelled (after a moment taken already, if one was waiting).
                for await _ in looks.moments {
                    if Task.isCancelled { break }
                    let now = watcher.look()
                    looks.watch(now.folders)
                    guard now.stamps != stamps else { continue }
                    // The stamps are taken before the build, so an edit made during it triggers another.
                    stamps = now.stamps
                    guard let result = await BuildThread.run(build) else { return }
                    await site.update(result)
                    // An interval's rest after each build, so that a file written without pause (monitor
                    // results a prober appends) does not keep a core building.
                    try? await Task.sleep(for: Self.pollInterval)
                }
            }
            // The server ends first; then the watcher is stopped, without waiting for a build in progress.
            try await group.next()
            group.cancelAll()
        }
    }
}
