import ArgumentParser
import Foundation
import StatusgenBuild
import StatusgenCore
import StatusgenModel
import StatusgenNotify

/// `statusgen validate`: every problem in the site, as a build would find it, without writing anything.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check the site and list every problem, without building it.",
        discussion: """
            Text: each problem as path:line: message on standard error, then a count on standard output. \
            JSON (for editors and CI annotations): one object on standard output, see docs/authoring.md. \
            Exit code 1 when there is any error, 0 with warnings only.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text
        case json
    }

    @Option(help: "The status site's folder.")
    var source: String = "."

    @Option(help: "text or json.")
    var format: Format = .text

    func run() throws {
        let reporter = DiagnosticReporter()
        let (diagnostics, fileCount) = try reporter.exitingOnFailure {
            let now = try BuildClock.resolve(option: nil, environment: ProcessInfo.processInfo.environment)
            let root = URL(fileURLWithPath: source).standardizedFileURL
            let report = try SiteBuild.run(source: root, output: nil, now: now, renders: false)
            // The subscribers files too, which notify reads only when it sends: a bad line is found before
            // an outage rather than during one.
            let settings = try? SiteLoader(root: root).loadSettings()
            let subscribers = settings.map {
                SubscriberList.problems(root: root, config: $0.config, locales: $0.locales)
            }
            return ((report.diagnostics + (subscribers ?? [])).sorted(), report.inputCount)
        }
        let errors = diagnostics.errorCount
        switch format {
        case .text:
            reporter.report(diagnostics)
            print(Self.summary(errors: errors, warnings: diagnostics.count - errors, files: fileCount))
        case .json:
            print(try ValidationReport(diagnostics).json())
        }
        if errors > 0 { throw ExitCode.failure }
    }

    static func summary(errors: Int, warnings: Int, files: Int) -> String {
        func count(_ number: Int, _ noun: String) -> String { "\(number) \(noun)\(number == 1 ? "" : "s")" }
        return "\(count(files, "file")) checked: \(count(errors, "error")), \(count(warnings, "warning"))"
    }
}
