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
    /// Whether reading stopped before the file's end, at a header that cannot be read or after too many bad
    /// rows: the rows after that point are not in `histories`.
    public var wasCutShort: Bool

    public init(
        path: String, diagnostics: [Diagnostic], checkpoint: MonitorFileCheckpoint,
        historiesWithLastLine: [String: MonitorHistory]? = nil, wasCutShort: Bool = false
    ) {
        self.path = path
        self.diagnostics = diagnostics
        self.checkpoint = checkpoint
        self.historiesWithLastLine = historiesWithLastLine
        self.wasCutShort = wasCutShort
    }

    /// Every monitor's history from the rows of the file.
    public var histories: [String: MonitorHistory] { historiesWithLastLine ?? checkpoint.histories }

    /// Whether the file had a bad row or header.
    public var hasErrors: Bool { diagnostics.hasErrors }
}
