/// What a `statusgen notify` run is asked to do.
public struct NotifyOptions: Sendable {
    /// Print what would be sent, to whom, and the exact payloads; send and record nothing.
    public var dryRun: Bool
    /// Record every pending update as sent without sending it.
    public var baseline: Bool
    /// Only these channels (all when empty).
    public var channels: [String]

    public init(dryRun: Bool = false, baseline: Bool = false, channels: [String] = []) {
        self.dryRun = dryRun
        self.baseline = baseline
        self.channels = channels
    }
}
