/// Everything statusgen keeps of one monitor's results, in memory that grows with the number of
/// status changes and days, not with the number of rows, but for 4 bytes a check where checks drift and
/// jitter around their interval (see `CheckRun`).
public struct MonitorHistory: Sendable, Hashable {
    /// The checks in time order as runs, one check per instant (see docs/status-rules.md for rows
    /// at the same instant). Runs do not overlap and are as long as they can be.
    public var runs: [CheckRun]
    /// The local day (days since 1970-01-01 in the site's timezone) of `days[0]`.
    public var firstDay: Int
    /// Row counts and response times per local day from `firstDay` on.
    public var days: [MonitorDayCounts]
    /// The response time of the latest check, when it had one.
    public var latestLatencyMs: Double?

    public init(runs: [CheckRun] = [], firstDay: Int = 0, days: [MonitorDayCounts] = [], latestLatencyMs: Double? = nil)
    {
        self.runs = runs
        self.firstDay = firstDay
        self.days = days
        self.latestLatencyMs = latestLatencyMs
    }

    /// The counts of local day `day`, if any row fell on it.
    public func counts(onDay day: Int) -> MonitorDayCounts? {
        let index = day - firstDay
        guard days.indices.contains(index), days[index].checks > 0 else { return nil }
        return days[index]
    }
}
