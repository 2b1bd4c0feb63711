import ArgumentParser
import Foundation
import StatusgenBuild
import StatusgenChecks
import StatusgenCore
import StatusgenModel

/// `statusgen check`: runs the checks declared in `statusgen.yml` and appends one row per check to
/// `monitors/checks.csv`.
struct CheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Run the HTTP and TCP checks in statusgen.yml and append their results to monitors/checks.csv.",
        discussion: """
            Prints one line per check. A check that is down is a result, not a failure: the exit code is 1 only \
            when statusgen.yml is wrong or the results cannot be written.
            """
    )

    @Option(help: "The status site's folder.")
    var source: String = "."

    @Option(help: "The most checks run at the same time.")
    var concurrency: Int = 8

    func validate() throws {
        guard concurrency >= 1 else { throw ValidationError("--concurrency must be at least 1") }
    }

    func run() async throws {
        let root = URL(fileURLWithPath: source).standardizedFileURL
        let reporter = DiagnosticReporter()
        let config = try reporter.exitingOnFailure { try SiteLoader(root: root).loadSettings().config }
        let checks = config.checks
        guard !checks.isEmpty else {
            reporter.report(
                CommandFailure("\(SiteLayout.configPath): no checks are declared under 'checks:'"))
            throw ExitCode.failure
        }
        // Said here too, where the results are recorded, not only when the site is built.
        reporter.report(SiteParser.checksShownNowhere(config: config))
        let results = root.appendingPathComponent(SiteLayout.checkResultsPath)
        let appender = MonitorCSVAppender(
            path: results.path, displayPath: SiteLayout.checkResultsPath, tornLastLine: .startNewLine)
        do {
            try FileManager.default.createDirectory(
                at: results.deletingLastPathComponent(), withIntermediateDirectories: true)
            try await CheckRunner(concurrency: concurrency).run(checks) { result in
                try appender.append([result.row])
                print(TerminalText.safe(Self.describe(result)))
            }
        } catch {
            reporter.report(error)
            throw ExitCode.failure
        }
    }

    /// One line for the terminal: `webmail up 41 ms`, `smtp-in-uk down: connection refused`.
    static func describe(_ result: CheckResult) -> String {
        var line = "\(result.monitor) \(result.outcome.status.rawValue)"
        if let latency = result.outcome.latencyMs { line += " \(latency) ms" }
        if !result.outcome.detail.isEmpty { line += ": \(result.outcome.detail)" }
        return line
    }
}
