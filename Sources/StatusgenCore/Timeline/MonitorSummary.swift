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
    /// The last check of the history, even after `now`, in milliseconds since 1970 UTC, and whether it is
    /// part of a sustained run: what `retimed(from:to:gapLimit:)` needs.
    public var lastRow: Int64?
    public var lastRowSustained: Bool

    public init(
        stretches: [MonitorStretch], firstCheck: Int64?, latest: MonitorCheck?, outages: [DetectedOutage],
        counts: MonitorHistory, lastRow: Int64?, lastRowSustained: Bool
    ) {
        self.stretches = stretches
        self.firstCheck = firstCheck
        self.latest = latest
        self.outages = outages
        self.counts = counts
        self.lastRow = lastRow
        self.lastRowSustained = lastRowSustained
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
            counts: MonitorHistory(firstDay: history.firstDay, days: Self.compacted(history.days)),
            lastRow: history.runs.last?.last,
            lastRowSustained: MonitorDayTotals.sustainedFlags(runs, minimumRun: minimumRun).last ?? false)
    }

    /// `days` with their latency histograms in storage of exactly their size: summaries outlive the reading.
    private static func compacted(_ days: [MonitorDayCounts]) -> [MonitorDayCounts] {
        days.map { day in
            var day = day
            day.latency = day.latency.compacted
            return day
        }
    }

    /// The summary as of `newNow` of the history this one was made from as of `now`, when the two moments
    /// differ only in how far the last check stands (every check is at or before both): the stretch of the
    /// last check, cut at the moment, is all that changes. `nil` when the history has checks after either
    /// moment, so that the summary is to be made again from the rows.
    public func retimed(from now: Date, to newNow: Date, gapLimit: TimeInterval) -> MonitorSummary? {
        guard let lastRow else { return self }
        let limit = MonitorDayTotals.milliseconds(newNow)
        guard lastRow <= min(MonitorDayTotals.milliseconds(now), limit), let status = latest?.status else {
            return nil
        }
        var summary = self
        while let last = summary.stretches.last, last.end > lastRow {
            if last.start >= lastRow {
                summary.stretches.removeLast()
            } else {
                summary.stretches[summary.stretches.count - 1].end = lastRow
            }
        }
        let end = min(lastRow + MonitorDayTotals.gapMilliseconds(gapLimit), limit)
        guard end > lastRow else { return summary }
        if let last = summary.stretches.last, last.end == lastRow, last.status == status,
            last.sustained == lastRowSustained
        {
            summary.stretches[summary.stretches.count - 1].end = end
        } else {
            summary.stretches.append(
                MonitorStretch(start: lastRow, end: end, status: status, sustained: lastRowSustained))
        }
        return summary
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
