import Foundation
import StatusgenModel

/// Resolves a parsed site against one moment: current statuses, daily uptime, incident phases, outages.
public struct TimelineBuilder: Sendable {
    /// How long before an incident's first update a detected outage still counts as covered by it:
    /// operators post the first word some minutes after monitoring sees the problem.
    static let reportingDelay: TimeInterval = 30 * 60

    /// How many days the list of past incidents covers.
    static let recentDayCount = 14

    /// How many months before the current one the record (monthly reports) reaches back at most.
    static let recordMonthLimit = 36

    public init() {}

    /// The timeline of `site` as of `now`. Its monitors are taken from `summaries` when given (those of
    /// `MonitorSummary.summaries(of:now:)` for the same site and moment), else summarised from `site.monitors`.
    public func build(from site: ParsedSite, now: Date, summaries: [String: MonitorSummary]? = nil) -> Timeline {
        let config = site.config
        let calendar = DayCalendar(timeZone: config.timeZone, dayCount: config.historyDays, now: now)
        let summaries = summaries ?? MonitorSummary.summaries(of: site, now: now)
        let resolver = IncidentResolver(now: now)
        // Newest first, then by id; the ids compared only for equal starts, since reading one from its box
        // costs a reference count, and the history has thousands of incidents.
        var incidents = site.incidents.compactMap(resolver.resolve)
            .sorted { $0.startedAt != $1.startedAt ? $0.startedAt > $1.startedAt : $0.id > $1.id }

        let naming = incidents.positionsNamingEachComponent()
        let uncovered = attachOutages(
            detectOutages(config: config, summaries: summaries, since: calendar.days.first?.start ?? now),
            to: &incidents, naming: naming, now: now)
        let record = recordCalendar(config: config, summaries: summaries, incidents: incidents, now: now)
        let states = ComponentStateResolver(
            config: config, summaries: summaries, record: record, barDayCount: calendar.days.count, now: now)
        // Each component and monitor on its own, on every core, in configuration order.
        let settled = incidents
        let components = config.components.parallelMap { component in
            states.state(of: component, related: (naming[component.id] ?? []).map { settled[$0] })
        }
        let monitors = MonitorRecordResolver(
            config: config, summaries: summaries, record: record, barDayCount: calendar.days.count)
        var timeline = Timeline(
            config: config, now: now, components: components, incidents: incidents,
            detectedOutages: uncovered.sorted { ($0.start, $0.id) > ($1.start, $1.id) }, days: calendar.days,
            recentDays: DayCalendar(timeZone: config.timeZone, dayCount: Self.recentDayCount, now: now).days.reversed(),
            monitors: Self.monitorNames(config).parallelMap(monitors.record))
        timeline.translations = site.translations
        return timeline
    }

    /// The days from the first of the month of the earliest check or incident (at most
    /// `recordMonthLimit` months back) to today, and at least the days of the uptime bars.
    private func recordCalendar(
        config: SiteConfig, summaries: [String: MonitorSummary], incidents: [TimelineIncident], now: Date
    ) -> DayCalendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = config.timeZone
        let firstChecks = summaries.values.compactMap { $0.firstCheck.map(Date.init(milliseconds:)) }
        let earliest = (firstChecks + incidents.map(\.startedAt)).filter { $0 <= now }.min()
        let today = calendar.startOfDay(for: now)
        var dayCount = config.historyDays
        if let earliest,
            let monthStart = calendar.dateInterval(of: .month, for: earliest)?.start,
            let limit = calendar.date(byAdding: .month, value: -Self.recordMonthLimit, to: today),
            let limitMonthStart = calendar.dateInterval(of: .month, for: limit)?.start,
            let days = calendar.dateComponents([.day], from: max(monthStart, limitMonthStart), to: today).day
        {
            dayCount = max(dayCount, days + 1)
        }
        return DayCalendar(timeZone: config.timeZone, dayCount: dayCount, now: now)
    }

    /// Every monitor the components list, in the order first listed.
    static func monitorNames(_ config: SiteConfig) -> [String] {
        var monitors: [String] = []
        for component in config.components {
            for monitor in component.monitors where !monitors.contains(monitor) { monitors.append(monitor) }
        }
        return monitors
    }

    private func detectOutages(config: SiteConfig, summaries: [String: MonitorSummary], since start: Date)
        -> [DetectedOutage]
    {
        Self.monitorNames(config).flatMap { monitor in
            (summaries[monitor]?.outages ?? []).filter { ($0.end ?? .distantFuture) > start }
        }
    }

    /// Attaches each outage to the incidents that cover it, and returns the outages none covers. Only the
    /// incidents that name one of an outage's components (by `naming`, their positions by component id)
    /// are looked at, and each incident's outages are set once: a site has thousands of incidents and
    /// hundreds of outages.
    private func attachOutages(
        _ outages: [DetectedOutage], to incidents: inout [TimelineIncident], naming: [String: [Int]], now: Date
    ) -> [DetectedOutage] {
        var covered: [Int: [DetectedOutage]] = [:]
        var uncovered: [DetectedOutage] = []
        for outage in outages {
            let candidates = Set(outage.componentIDs.flatMap { naming[$0] ?? [] }).sorted()
            let covering = candidates.filter { covers(incidents[$0], outage, now: now) }
            for index in covering { covered[index, default: []].append(outage) }
            if covering.isEmpty { uncovered.append(outage) }
        }
        for (index, attached) in covered { incidents[index].detectedOutages += attached }
        return uncovered
    }

    private func covers(_ incident: TimelineIncident, _ outage: DetectedOutage, now: Date) -> Bool {
        // A maintenance called off before its window covers nothing: no work was done under it.
        guard incident.phase != .upcoming, !incident.neverTookPlace,
            incident.incident.components.contains(where: { outage.componentIDs.contains($0.id) })
        else { return false }
        // Each span the incident was under way (not the time between a resolution and a reopening).
        return incident.incident.spansInEffect(from: incident.startedAt, to: incident.endedAt).contains { span in
            outage.start < (span.end ?? now)
                && (outage.end ?? now) > span.start.addingTimeInterval(-Self.reportingDelay)
        }
    }
}
