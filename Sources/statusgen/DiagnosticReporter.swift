import ArgumentParser
import Foundation
import StatusgenBuild
import StatusgenModel

/// Prints diagnostics and other failures to standard error, one `path:line: message` per line.
struct DiagnosticReporter {
    func report(_ diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics.sorted() { write(diagnostic.description) }
    }

    func report(_ error: Error) {
        switch error {
        case let list as DiagnosticList: report(list.diagnostics)
        case let diagnostic as Diagnostic: report([diagnostic])
        default: write("error: \(error)")
        }
    }

    /// Prints the problems `report` found; returns the line that says what was written, or throws
    /// `ExitCode.failure` when the site has errors.
    func built(_ report: BuildReport, into output: URL) throws -> String {
        self.report(report.diagnostics)
        guard !report.failed, let written = report.written else { throw ExitCode.failure }
        // Said once, by the build that takes the page away.
        self.report(
            written.removedIncidentPages.map { page in
                .warning(
                    "the file is gone, and so is its page \(page), which feeds, mails and chats may have linked to:"
                        + " restore the file, or redirect the page's address",
                    at: SourceLocation(path: String(page.dropLast(".html".count)) + ".md"))
            })
        return "Built \(report.fileCount) files into \(output.path) (\(written.changed) changed, "
            + "\(written.removed) removed) in \(String(format: "%.2f", report.seconds)) s"
    }

    /// Runs a command's work; a failure is printed and ends the command with exit code 1. An `ExitCode`
    /// thrown by the work, whose problems are printed already, passes through as it is.
    func exitingOnFailure<Result>(_ work: () throws -> Result) throws -> Result {
        do {
            return try work()
        } catch let error as ExitCode {
            throw error
        } catch {
            report(error)
            throw ExitCode.failure
        }
    }

    private func write(_ line: String) {
        FileHandle.standardError.write(Data((TerminalText.safe(line) + "\n").utf8))
    }
}
