import Foundation
import StatusgenModel

/// Reads a monitor results file held in memory (CSV with a header naming `timestamp`, `monitor`,
/// `status` and optionally `latency_ms`, or JSON Lines objects with those fields).
public struct MonitorResultsParser: Sendable {
    public init() {}

    /// Reads the file at `path` (relative to the site root), counting days in `timeZone`.
    public func parse(path: String, contents: Data, timeZone: TimeZone) -> MonitorFileResult {
        var reader = MonitorFileReader(path: path, timeZone: timeZone)
        contents.withUnsafeBytes { reader.consume($0) }
        return reader.finish()
    }
}
