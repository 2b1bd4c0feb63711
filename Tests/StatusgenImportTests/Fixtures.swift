import Foundation
import StatusgenModel
import Testing

/// The test fixtures next to this file.
enum Fixtures {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    /// The bytes of the fixture at `path` under `Fixtures/`.
    static func data(_ path: String) throws -> Data {
        try Data(contentsOf: folder.appendingPathComponent(path))
    }
}

/// The `path:line: message` lines of the diagnostics `body` throws; records an issue when it throws none.
func diagnostics<T>(
    of body: () throws(DiagnosticList) -> T, sourceLocation: Testing.SourceLocation = #_sourceLocation
) -> [String] {
    do {
        _ = try body()
        Issue.record("expected diagnostics, but there were none", sourceLocation: sourceLocation)
        return []
    } catch {
        return error.diagnostics.map(\.description)
    }
}
