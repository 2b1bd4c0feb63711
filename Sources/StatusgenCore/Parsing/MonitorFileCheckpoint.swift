import StatusgenModel

/// How far a monitor file was read, up to its last complete line, and what it held until there.
public struct MonitorFileCheckpoint: Sendable, Hashable {
    /// Bytes read, ending with a newline (or 0).
    public var completeBytes: Int
    /// Lines read (the number of newlines in those bytes).
    public var lineCount: Int
    /// The CSV header's columns, once read.
    public var columns: CSVColumns?
    /// Every monitor's history from the rows of those lines.
    public var histories: [String: MonitorHistory]

    public init(completeBytes: Int, lineCount: Int, columns: CSVColumns?, histories: [String: MonitorHistory]) {
        self.completeBytes = completeBytes
        self.lineCount = lineCount
        self.columns = columns
        self.histories = histories
    }
}
