import Foundation

/// How monitor results are turned into uptime and current status (`monitoring:` in `statusgen.yml`).
public struct MonitoringSettings: Sendable, Hashable {
    /// The longest time one check stands for; beyond it the time counts as "no data".
    public var gapLimit: TimeInterval
    /// How old the latest check may be before a monitor's state is shown as stale and ignored.
    public var staleAfter: TimeInterval
    /// How many consecutive down checks make a detected outage.
    public var outageMinimumChecks: Int

    public init(gapLimit: TimeInterval = 600, staleAfter: TimeInterval = 900, outageMinimumChecks: Int = 2) {
        self.gapLimit = gapLimit
        self.staleAfter = staleAfter
        self.outageMinimumChecks = outageMinimumChecks
    }
}
