import Foundation

/// A check that `statusgen check` runs for one monitor, declared under `checks:` in `statusgen.yml`.
public struct CheckDefinition: Sendable, Hashable {
    /// What the check connects to and what it expects.
    public enum Target: Sendable, Hashable {
        /// An HTTP(S) GET of `url` that must answer `expectedStatus` and, if given, contain `bodyContains`.
        case http(url: String, expectedStatus: Int, bodyContains: String?)
        /// A TCP connection to `host:port`; with `bannerPrefix`, the server's first line must start with it.
        case tcp(host: String, port: Int, bannerPrefix: String?)
    }

    /// The monitor name written in each result row.
    public var monitor: String
    public var target: Target
    /// How long the whole check may take before it counts as down, in seconds.
    public var timeout: TimeInterval
    /// A check that succeeds but takes longer than this many milliseconds counts as degraded.
    public var degradedAfterMs: Double?
    /// The line of the check's name in `statusgen.yml`, for messages about it.
    public var line: Int?

    public init(
        monitor: String, target: Target, timeout: TimeInterval = 10, degradedAfterMs: Double? = nil, line: Int? = nil
    ) {
        self.monitor = monitor
        self.target = target
        self.timeout = timeout
        self.degradedAfterMs = degradedAfterMs
        self.line = line
    }
}
