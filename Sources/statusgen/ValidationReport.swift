import Foundation
import StatusgenBuild
import StatusgenModel

/// The JSON that `statusgen validate --format json` prints, for editors and CI annotations.
///
/// `{"diagnostics": [{"line": 5, "message": "...", "path": "incidents/x.md", "severity": "error"}],
/// "errors": 1, "warnings": 0}`, keys sorted; `line` is left out when a problem concerns a whole file.
struct ValidationReport: Encodable {
    struct Entry: Encodable {
        var severity: String
        var path: String
        var line: Int?
        var message: String
    }

    var diagnostics: [Entry]
    var errors: Int
    var warnings: Int

    init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics.map {
            Entry(severity: $0.severity.rawValue, path: $0.location.path, line: $0.location.line, message: $0.message)
        }
        errors = diagnostics.errorCount
        warnings = diagnostics.count - errors
    }

    func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(self), as: UTF8.self)
    }
}
