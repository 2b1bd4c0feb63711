import StatusgenModel

/// One row of monitor results as read from bytes: where its monitor name is, and its values.
struct MonitorRow {
    /// The monitor name, `nameStart..<nameEnd` in the row's buffer, or in `decodedName` when it had to be
    /// unescaped or unquoted.
    var nameStart: Int
    var nameEnd: Int
    var decodedName: [UInt8]?
    var milliseconds: Int64
    var status: MonitorStatus
    var latencyMs: Double?
}

/// Receives the rows a `MonitorStreamParser` reads, with each monitor numbered in order of appearance.
protocol MonitorRowSink {
    mutating func add(monitor: Int, milliseconds: Int64, status: MonitorStatus, latencyMs: Double?)
}
