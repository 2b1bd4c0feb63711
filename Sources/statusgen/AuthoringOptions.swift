import ArgumentParser
import Foundation
import StatusgenBuild
import StatusgenModel

/// The options shared by the commands that write an incident file: where the site is, the moment to
/// write, and whether to rebuild the site afterwards.
struct AuthoringOptions: ParsableArguments {
    @Option(help: "The status site's folder.")
    var source: String = "."

    @Option(
        help:
            "The update's time, RFC 3339 or 'YYYY-MM-DD HH:MM Zone' (default: SOURCE_DATE_EPOCH, else the clock)."
    )
    var now: String?

    @Flag(help: "Rebuild the site into SOURCE/site right after writing the file.")
    var build = false

    var sourceURL: URL { URL(fileURLWithPath: source).standardizedFileURL }

    /// The moment of the new update, fixed once: `--now`, `SOURCE_DATE_EPOCH`, then the clock.
    func moment() throws -> Date {
        try BuildClock.resolve(option: now, environment: ProcessInfo.processInfo.environment)
    }

    /// Rebuilds the site as of `now` when `--build` was given, with the same code as `statusgen build`.
    func buildIfAsked(now: Date, reporter: DiagnosticReporter) throws {
        guard build else { return }
        let output = sourceURL.appendingPathComponent(SiteLayout.defaultOutputFolder)
        print(try reporter.built(SiteBuild.run(source: sourceURL, output: output, now: now), into: output))
    }
}
