import Foundation
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

    private func write(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
