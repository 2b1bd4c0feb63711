import Foundation

/// The positions of the monitor-result columns in a CSV header; other columns are allowed and ignored.
public struct CSVColumns: Sendable, Hashable {
    /// The zero-based position of the `timestamp` column.
    public let timestamp: Int
    /// The zero-based position of the `monitor` column.
    public let monitor: Int
    /// The zero-based position of the `status` column.
    public let status: Int
    /// The zero-based position of the optional `latency_ms` column.
    public let latency: Int?
    /// The number of fields a row must have to reach every known column.
    public let count: Int

    /// Columns at known positions (as a cache stores them).
    public init(timestamp: Int, monitor: Int, status: Int, latency: Int?) {
        self.timestamp = timestamp
        self.monitor = monitor
        self.status = status
        self.latency = latency
        count = Self.count(timestamp, monitor, status, latency)
    }

    /// One more than the last known column; without `max`'s variadic form, which allocates.
    private static func count(_ timestamp: Int, _ monitor: Int, _ status: Int, _ latency: Int?) -> Int {
        Swift.max(Swift.max(timestamp, monitor), Swift.max(status, latency ?? 0)) + 1
    }

    init(header: ArraySlice<UInt8>) throws(ParseFailure) {
        let names = try CSVFields.split(header).map {
            String(decoding: $0, as: UTF8.self).trimmingCharacters(in: .whitespaces).lowercased()
        }
        func position(_ name: String) throws(ParseFailure) -> Int {
            guard let index = names.firstIndex(of: name) else {
                throw ParseFailure(
                    "the header has no '\(name)' column: it needs timestamp, monitor, status and optionally latency_ms")
            }
            return index
        }
        // Two columns of one name would leave it to chance which of them counts.
        for name in ["timestamp", "monitor", "status", "latency_ms"] where names.count(where: { $0 == name }) > 1 {
            throw ParseFailure("the header has the '\(name)' column twice")
        }
        timestamp = try position("timestamp")
        monitor = try position("monitor")
        status = try position("status")
        latency = names.firstIndex(of: "latency_ms")
        count = Self.count(timestamp, monitor, status, latency)
    }
}
