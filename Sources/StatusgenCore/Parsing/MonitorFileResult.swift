import StatusgenModel

/// What reading one monitor results file gave.
public struct MonitorFileResult: Sendable {
    /// The file's path relative to the site root.
    public var path: String
    /// Errors (bad rows) and warnings (a skipped incomplete last line), in line order.
    public var diagnostics: [Diagnostic]
    /// Where a later read can continue: after the last complete line.
    public var checkpoint: MonitorFileCheckpoint
    /// The histories with the row of a last line without its newline, when that line was complete.
    public var historiesWithLastLine: [String: MonitorHistory]?

    public init(
        path: String, diagnostics: [Diagnostic], checkpoint: MonitorFileCheckpoint,
        historiesWithLastLine: [String: MonitorHistory]? = nil
    ) {
        self.path = path
        self.diagnostics = diagnostics
        self.checkpoint = checkpoint
        self.historiesWithLastLine = historiesWithLastLine
    }

    /// Every monitor's history from the rows of the file.
    public var histories: [String: MonitorHistory] { historiesWithLastLine ?? checkpoint.histories }

    /// Whether the file had a bad row or header.
    public var hasErrors: Bool { diagnostics.hasErrors }
}
