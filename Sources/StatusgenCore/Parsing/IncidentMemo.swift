import Foundation
import StatusgenModel

/// The incidents parsed by the last build, kept by a process that builds the same site again and again
/// (`serve`), so that a build after an edit parses only the files whose bytes changed.
public final class IncidentMemo: @unchecked Sendable {
    private struct Entry {
        let contents: Data
        let componentIDs: [String]?
        let outcome: Result<Incident, DiagnosticList>
    }

    /// Guarded by `lock`.
    private var entries: [String: Entry] = [:]
    private let lock = NSLock()

    public init() {}

    /// What parsing the file at `path` with `contents` gave last time, for the same component ids.
    func outcome(path: String, contents: Data, componentIDs: [String]?) -> Result<Incident, DiagnosticList>? {
        guard let entry = lock.withLock({ entries[path] }), entry.componentIDs == componentIDs,
            entry.contents == contents
        else { return nil }
        return entry.outcome
    }

    /// Keeps the outcomes of `files` (by path), in place of the last build's.
    func remember(_ outcomes: [(file: InputFile, outcome: Result<Incident, DiagnosticList>)], componentIDs: [String]?) {
        var kept: [String: Entry] = [:]
        for (file, outcome) in outcomes {
            kept[file.path] = Entry(contents: file.contents, componentIDs: componentIDs, outcome: outcome)
        }
        lock.withLock { entries = kept }
    }
}
