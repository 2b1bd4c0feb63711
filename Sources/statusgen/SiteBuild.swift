import ArgumentParser
import Foundation
import StatusgenCore
import StatusgenModel

/// Builds a site in memory and swaps it into its output folder: the work of `statusgen build`, shared by
/// the commands that rebuild right after an edit (`--build`).
struct SiteBuild {
    /// The site's folder.
    let source: URL
    /// The output folder.
    let output: URL

    /// Builds the site as of `now`, printing diagnostics through `reporter`; returns the line that says
    /// what was written, or throws `ExitCode.failure` after reporting the errors.
    func run(now: Date, reporter: DiagnosticReporter) throws -> String {
        let started = Date()
        var notes: [Diagnostic] = []
        let inputs = try SiteLoader(root: source).load(notes: &notes)
        reporter.report(notes)
        let result = BuildPipeline().run(inputs, now: now)
        reporter.report(result.diagnostics)
        guard let outputs = result.outputs else { throw ExitCode.failure }
        let summary = try SiteWriter(destination: output, source: source).write(outputs)
        let seconds = Date().timeIntervalSince(started)
        return "Built \(outputs.count) files into \(output.path) (\(summary.changed) changed, "
            + "\(summary.removed) removed) in \(String(format: "%.2f", seconds)) s"
    }
}
