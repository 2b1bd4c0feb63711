import StatusgenModel

/// What an importer converted: the rows, and the warnings about choices it made on the way.
public struct MonitorImport: Sendable {
    /// The rows, in the canonical order (by time, then monitor).
    public var rows: [MonitorResultRow]
    /// Things the operator should know, such as rows left out; they do not stop the import.
    public var warnings: [Diagnostic]

    public init(rows: [MonitorResultRow], warnings: [Diagnostic] = []) {
        self.rows = rows.sorted(by: MonitorResultRow.canonicalOrder)
        self.warnings = warnings.sorted()
    }

    /// The names of the monitors that have rows, sorted.
    public var monitors: [String] {
        Set(rows.map(\.monitor)).sorted()
    }
}
