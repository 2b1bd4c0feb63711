import ArgumentParser
import Foundation
import StatusgenCore
import StatusgenModel

/// `statusgen build`: reads the site, builds it in memory, and swaps the result into the output folder.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the status site into the output folder.",
        discussion: """
            Reads statusgen.yml, incidents/*.md, monitors/*.csv|*.jsonl and templates/ from the source folder. \
            On any error nothing is written: every problem is printed as path:line: message and the exit code is 1.
            """
    )

    @Option(help: "The status site's folder.")
    var source: String = "."

    @Option(help: "Where to write the site (default: SOURCE/site).")
    var output: String?

    @Option(
        help:
            "The moment to build for, RFC 3339 or 'YYYY-MM-DD HH:MM Zone' (default: SOURCE_DATE_EPOCH, else the clock)."
    )
    var now: String?

    func run() throws {
        let started = Date()
        let sourceURL = URL(fileURLWithPath: source).standardizedFileURL
        let outputURL =
            output.map { URL(fileURLWithPath: $0).standardizedFileURL }
            ?? sourceURL.appendingPathComponent("site")
        let reporter = DiagnosticReporter()
        do {
            let moment = try BuildClock.resolve(option: now, environment: ProcessInfo.processInfo.environment)
            var notes: [Diagnostic] = []
            let inputs = try SiteLoader(root: sourceURL).load(notes: &notes)
            reporter.report(notes)
            let result = BuildPipeline().run(inputs, now: moment)
            reporter.report(result.diagnostics)
            guard let outputs = result.outputs else { throw ExitCode.failure }
            let summary = try SiteWriter(destination: outputURL, source: sourceURL).write(outputs)
            let seconds = Date().timeIntervalSince(started)
            print(
                "Built \(outputs.count) files into \(outputURL.path) (\(summary.changed) changed, "
                    + "\(summary.removed) removed) in \(String(format: "%.2f", seconds)) s")
        } catch let error as ExitCode {
            throw error
        } catch {
            reporter.report(error)
            throw ExitCode.failure
        }
    }
}
