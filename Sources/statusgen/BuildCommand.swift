import ArgumentParser
import Foundation
import StatusgenBuild
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
        let sourceURL = URL(fileURLWithPath: source).standardizedFileURL
        let outputURL =
            output.map { URL(fileURLWithPath: $0).standardizedFileURL }
            ?? sourceURL.appendingPathComponent(SiteLayout.defaultOutputFolder)
        let reporter = DiagnosticReporter()
        try reporter.exitingOnFailure {
            let moment = try BuildClock.resolve(option: now, environment: ProcessInfo.processInfo.environment)
            let report = try SiteBuild.run(source: sourceURL, output: outputURL, now: moment)
            print(try reporter.built(report, into: outputURL))
        }
    }
}
