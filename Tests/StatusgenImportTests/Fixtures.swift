import Foundation
import StatusgenModel
import Testing

@testable import StatusgenImport

/// The test fixtures next to this file.
enum Fixtures {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    /// The bytes of the fixture at `path` under `Fixtures/`.
    static func data(_ path: String) throws -> Data {
        try Data(contentsOf: folder.appendingPathComponent(path))
    }
}

/// Converts a cState site made of `config` and `issues` (file name -> text) with the given site state.
func convertCState(
    config: String, issues: [String: String], existingConfig: String? = nil, existing: [String: String] = [:],
    map: ComponentMap = ComponentMap(), update: Bool = false
) throws(DiagnosticList) -> CStateImporter.Result {
    let files =
        [InputFile(path: "config.yml", contents: Data(config.utf8))]
        + issues.sorted { $0.key < $1.key }.map {
            InputFile(path: "content/issues/\($0.key)", contents: Data($0.value.utf8))
        }
    return try CStateImporter().convert(
        CStateImporter.Input(
            files: files, existingConfig: existingConfig, existingIncidents: existing, componentMap: map,
            update: update))
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
