import Foundation
import StatusgenModel

/// Resolves a parsed site against one moment: current statuses, daily uptime, incident phases, outages.
public struct TimelineBuilder: Sendable {
    /// How long before an incident's first update a detected outage still counts as covered by it:
    /// operators post the first word some minutes after monitoring sees the problem.
    static let reportingDelay: TimeInterval = 30 * 60
    /// Down time in a day from which the day counts as a major outage rather than a partial one.
    static let majorOutageDowntime: TimeInterval = 30 * 60

    public init() {}

    /// The timeline of `site` as of `now`.
    public func build(from site: ParsedSite, now: Date) -> Timeline {
        let config = site.config
        let calendar = DayCalendar(timeZone: config.timeZone, dayCount: config.historyDays, now: now)
        let checks = site.checks.mapValues { $0.filter { $0.time <= now } }
        let resolver = IncidentResolver(now: now)
        var incidents = site.incidents.compactMap(resolver.resolve)
            .sorted { ($0.startedAt, $0.id) > ($1.startedAt, $1.id) }

        let uncovered = attachOutages(
            detectOutages(config: config, checks: checks, since: calendar.days.first?.start ?? now),
            to: &incidents, now: now)
        let components = config.components.map { component in
            componentState(
                component, config: config, checks: checks, incidents: incidents, calendar: calendar, now: now)
        }
        return Timeline(
            config: config, now: now, components: components, incidents: incidents,
            detectedOutages: uncovered.sorted { ($0.start, $0.id) > ($1.start, $1.id) }, days: calendar.days)
    }

    private func detectOutages(config: SiteConfig, checks: [String: [MonitorCheck]], since start: Date)
        -> [DetectedOutage]
    {
        let detector = OutageDetector(minimumChecks: config.monitoring.outageMinimumChecks)
        var monitors: [String] = []
        for component in config.components {
            for monitor in component.monitors where !monitors.contains(monitor) { monitors.append(monitor) }
        }
        return monitors.flatMap { monitor in
            let componentIDs = config.components.filter { $0.monitors.contains(monitor) }.map(\.id)
            return detector.outages(in: checks[monitor] ?? [], monitor: monitor, componentIDs: componentIDs)
                .filter { ($0.end ?? .distantFuture) > start }
        }
    }

    /// Attaches each outage to the incidents that cover it, and returns the outages none covers.
    private func attachOutages(_ outages: [DetectedOutage], to incidents: inout [TimelineIncident], now: Date)
        -> [DetectedOutage]
    {
        var uncovered: [DetectedOutage] = []
        for outage in outages {
            var covered = false
            for index in incidents.indices where covers(incidents[index], outage, now: now) {
                incidents[index].detectedOutages.append(outage)
                covered = true
            }
            if !covered { uncovered.append(outage) }
        }
        return uncovered
    }

    private func covers(_ incident: TimelineIncident, _ outage: DetectedOutage, now: Date) -> Bool {
        guard incident.phase != .upcoming,
            incident.incident.components.contains(where: { outage.componentIDs.contains($0.id) })
        else { return false }
        let start = incident.startedAt.addingTimeInterval(-Self.reportingDelay)
        let end = incident.endedAt ?? now
        return outage.start < end && (outage.end ?? now) > start
    }

    private func componentState(
        _ component: Component, config: SiteConfig, checks: [String: [MonitorCheck]], incidents: [TimelineIncident],
        calendar: DayCalendar, now: Date
    ) -> ComponentState {
        let related = incidents.filter { $0.incident.components.contains { $0.id == component.id } }
        var status = ComponentStatus.operational
        for incident in related where incident.isOpen {
            if let affected = incident.incident.components.first(where: { $0.id == component.id }) {
                status = max(status, affected.status)
            }
        }
        let monitors = component.monitors.map { name in
            let latest = checks[name]?.last
            let isStale = latest.map { now.timeIntervalSince($0.time) > config.monitoring.staleAfter } ?? true
            return MonitorState(name: name, latest: latest, isStale: isStale)
        }
        for monitor in monitors where !monitor.isStale {
            switch monitor.latest?.status {
            case .down: status = max(status, .majorOutage)
            case .degraded: status = max(status, .degradedPerformance)
            case .up, nil: break
            }
        }

        let totals = component.monitors.map {
            MonitorDayTotals(
                checks: checks[$0] ?? [], calendar: calendar, gapLimit: config.monitoring.gapLimit,
                minimumRun: config.monitoring.outageMinimumChecks, now: now)
        }
        var days: [ComponentDay] = []
        for (index, day) in calendar.days.enumerated() {
            let reporting = totals.map { $0.days[index] }.filter { $0.covered > 0 }
            let count = Double(max(reporting.count, 1))
            let covered = reporting.reduce(0) { $0 + $1.covered } / count
            let down = reporting.reduce(0) { $0 + $1.down } / count
            let degraded = reporting.reduce(0) { $0 + $1.degraded } / count
            let sustainedDown = reporting.reduce(0) { $0 + $1.sustainedDown } / count
            let sustainedDegraded = reporting.reduce(0) { $0 + $1.sustainedDegraded } / count
            let touching = related.reversed().filter { incident in
                incident.phase != .upcoming && incident.startedAt < day.end && (incident.endedAt ?? now) >= day.start
            }
            var dayStatus: ComponentStatus? = component.monitors.isEmpty ? .operational : nil
            if covered > 0 { dayStatus = Self.status(down: sustainedDown, degraded: sustainedDegraded) }
            for incident in touching {
                if let affected = incident.incident.components.first(where: { $0.id == component.id }) {
                    dayStatus = max(dayStatus ?? .operational, affected.status)
                }
            }
            days.append(
                ComponentDay(
                    day: day, status: dayStatus, uptime: covered > 0 ? (covered - down) / covered : nil,
                    coveredSeconds: covered, downSeconds: down, degradedSeconds: degraded,
                    incidentIDs: touching.map(\.id)))
        }
        let covered = days.reduce(0) { $0 + $1.coveredSeconds }
        let down = days.reduce(0) { $0 + $1.downSeconds }
        return ComponentState(
            component: component, status: status, monitors: monitors, days: days,
            uptime: covered > 0 ? (covered - down) / covered : nil)
    }

    /// A day's state from its sustained monitor problems (averaged over the component's monitors).
    static func status(down: TimeInterval, degraded: TimeInterval) -> ComponentStatus {
        if down >= majorOutageDowntime { return .majorOutage }
        if down > 0 { return .partialOutage }
        if degraded > 0 { return .degradedPerformance }
        return .operational
    }
}
