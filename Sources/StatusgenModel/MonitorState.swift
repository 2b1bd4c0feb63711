/// The latest result of one monitor.
public struct MonitorState: Sendable, Hashable {
    public var name: String
    /// The latest check, `nil` when the monitor has never reported.
    public var latest: MonitorCheck?
    /// Whether the latest check is older than the stale limit (or missing).
    public var isStale: Bool

    public init(name: String, latest: MonitorCheck?, isStale: Bool) {
        self.name = name
        self.latest = latest
        self.isStale = isStale
    }
}
