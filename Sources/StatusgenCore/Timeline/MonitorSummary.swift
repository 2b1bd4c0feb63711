import Foundation
import StatusgenModel

/// What the timeline takes from one monitor's results as of one moment, made once from its history:
/// small enough to keep between builds, so that a build whose monitor files and monitoring settings
/// did not change reads and totals none of their rows.
public struct MonitorSummary: Sendable, Hashable {
    /// The time the checks at or before `now` cover, as stretches in time order; the day totals of any
    /// calendar and maintenance windows are made from them.
    public var stretches: [MonitorStretch]
    /// The first check at or before `now`, in milliseconds since 1970 UTC.
    public var firstCheck: Int64?
    /// The latest check at or before `now`.
    public var latest: MonitorCheck?
    /// The runs of down checks at or before `now`, oldest first, named with the components that list the monitor.
    public var outages: [DetectedOutage]
    /// Row counts and response times per local day (a history without runs).
    public var counts: MonitorHistory

    public init(
        stretches: [MonitorStretch], firstCheck: Int64?, latest: MonitorCheck?, outages: [DetectedOutage],
        counts: MonitorHistory
    ) {
        self.stretches = stretches
        self.firstCheck = firstCheck
        self.latest = latest
        self.outages = outages
        self.counts = counts
    }

    /// The summary of the monitor `name`'s `history` as of `now`, with the monitoring settings of `config`.
    public init(of history: MonitorHistory, name: String, config: SiteConfig, now: Date) {
        let runs = history.runs(atOrBefore: now)
        let minimumRun = config.monitoring.outageMinimumChecks
        let componentIDs = config.components.filter { $0.monitors.contains(name) }.map(\.id)
        self.init(
            stretches: MonitorDayTotals.stretches(
                of: runs, gapLimit: config.monitoring.gapLimit, minimumRun: minimumRun, now: now),
            firstCheck: runs.first?.start, latest: history.latestCheck(atOrBefore: now, name: name),
            outages: OutageDetector(minimumChecks: minimumRun).outages(
                in: runs, monitor: name, componentIDs: componentIDs),
            counts: MonitorHistory(firstDay: history.firstDay, days: history.days))
    }

    /// The summaries of every monitor of `site` as of `now`, each made on its own, on every core.
    public static func summaries(of site: ParsedSite, now: Date) -> [String: MonitorSummary] {
        let names = site.monitors.keys.sorted()
        let summaries = names.parallelMap { name in
            MonitorSummary(of: site.monitors[name] ?? MonitorHistory(), name: name, config: site.config, now: now)
        }
        return Dictionary(uniqueKeysWithValues: zip(names, summaries))
    }
}
