import ArgumentParser
import Foundation
import StatusgenBuild
import StatusgenCore
import StatusgenModel
import StatusgenServer

/// `statusgen serve`: a local preview of the site that rebuilds itself when a source file changes.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Preview the site on 127.0.0.1, rebuilt whenever a source file changes.",
        discussion: """
            The site is built in memory as of the current time and never written to site/. When a build fails, \
            every page shows its problems as path:line: message until they are fixed. Stop with Ctrl-C.
            """
    )

    @Option(help: "The status site's folder.")
    var source: String = "."

    @Option(help: "The port on 127.0.0.1 to listen on; 0 picks a free one.")
    var port: Int = 8000

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be from 0 to 65535") }
    }

    func run() async throws {
        let root = URL(fileURLWithPath: source).standardizedFileURL
        // A folder that is not there is a mistyped --source, not a site with problems to show in the browser.
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isFolder), isFolder.boolValue else {
            DiagnosticReporter().report(CommandFailure("\(root.path): no such folder"))
            throw ExitCode.failure
        }
        let server = PreviewServer(
            root: root, watched: SiteLayout.inputs, ignores: SiteLayout.isHiddenOrBackup, port: port
        ) {
            Self.build(root)
        }
        do {
            try await server.run { url in
                // Written straight to the descriptor: a pipe would otherwise hold the line in a buffer.
                FileHandle.standardOutput.write(
                    Data("Serving \(root.path) at \(url.absoluteString) (Ctrl-C to stop)\n".utf8))
            }
        } catch {
            DiagnosticReporter().report(error)
            throw ExitCode.failure
        }
    }

    /// The incidents and pages of the last preview build, reused by the next one where their inputs are the same.
    private static let memory = BuildMemory()

    /// One build of the site as of now; problems are also printed to standard error, as `build` does.
    static func build(_ root: URL) -> PreviewBuild {
        let reporter = DiagnosticReporter()
        do {
            let report = try SiteBuild.run(source: root, output: nil, now: BuildClock.now(), memory: memory)
            reporter.report(report.diagnostics)
            guard let outputs = report.outputs else {
                return .failed(report.diagnostics.map(\.description))
            }
            FileHandle.standardError.write(Data("Built \(outputs.count) files\n".utf8))
            return .site(outputs)
        } catch {
            reporter.report(error)
            return .failed(Self.lines(of: error))
        }
    }

    private static func lines(of error: Error) -> [String] {
        switch error {
        case let list as DiagnosticList: list.diagnostics.map(\.description)
        case let diagnostic as Diagnostic: [diagnostic.description]
        default: ["\(error)"]
        }
    }
}
