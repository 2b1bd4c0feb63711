import Foundation
import StatusgenModel

/// Works out a component's current status and its day-by-day history.
struct ComponentStateResolver {
    /// Down time in a day from which the day counts as a major outage rather than a partial one.
    static let majorOutageDowntime: TimeInterval = 30 * 60

    let config: SiteConfig
    /// Each monitor's results as of `now`.
    let summaries: [String: MonitorSummary]
    /// Every day of the record, from the first month with data or incidents to today.
    let record: DayCalendar
    /// How many of the record's last days the uptime bars show.
    let barDayCount: Int
    let now: Date

    /// The state of `component`, given the incidents that name it (`related`), newest first.
    func state(of component: Component, related: [TimelineIncident]) -> ComponentState {
        let monitors = component.monitors.map { name in
            let latest = summaries[name]?.latest
            let isStale = latest.map { now.timeIntervalSince($0.time) > config.monitoring.staleAfter } ?? true
            return MonitorState(name: name, latest: latest, isStale: isStale)
        }
        let recordDays = history(of: component, related: related)
        return ComponentState(
            component: component, status: currentStatus(of: component, related: related, monitors: monitors),
            monitors: monitors, days: Array(recordDays.suffix(barDayCount)),
            uptime: Self.uptime(of: recordDays.suffix(barDayCount)),
            uptime30Days: Self.uptime(of: recordDays.suffix(30)),
            uptime90Days: Self.uptime(of: recordDays.suffix(90)), months: Self.months(of: recordDays))
    }

    /// Time-weighted uptime over `days`, maintenance left out; `nil` without monitor data.
    static func uptime(of days: ArraySlice<ComponentDay>) -> Double? {
        Uptime.fraction(of: days, covered: \.coveredSeconds, down: \.downSeconds)
    }

    /// The record's days summed by calendar month, oldest first.
    static func months(of days: [ComponentDay]) -> [ComponentMonth] {
        var months: [ComponentMonth] = []
        for day in days {
            let month = String(day.day.date.prefix(7))
            if months.last?.month != month {
                months.append(
                    ComponentMonth(
                        month: month, days: [], daysWithData: 0, coveredSeconds: 0, downSeconds: 0,
                        degradedSeconds: 0, maintenanceCoveredSeconds: 0, maintenanceDownSeconds: 0))
            }
            months[months.count - 1].add(day)
        }
        return months
    }

    /// The worst of open incidents, maintenance in progress, and fresh monitor results. While a
    /// maintenance is in progress, its planned downtime is what monitors see, so they do not raise the
    /// status above it; an open incident still does.
    private func currentStatus(of component: Component, related: [TimelineIncident], monitors: [MonitorState])
        -> ComponentStatus
    {
        var status = ComponentStatus.operational
        for incident in related where incident.isOpen {
            status = max(status, affectedStatus(of: component, in: incident, at: now))
        }
        // Unless an update of the maintenance gave this component back meanwhile.
        let held = related.contains {
            $0.phase == .inProgress && $0.incident.status(of: component.id, at: now) != .operational
        }
        guard !held else { return status }
        for monitor in monitors where !monitor.isStale {
            switch monitor.latest?.status {
            case .down: status = max(status, .majorOutage)
            case .degraded: status = max(status, .degradedPerformance)
            case .up, nil: break
            }
        }
        return status
    }

    /// One entry per record day: uptime averaged over the component's monitors, and the worst of the
    /// incidents that touched the day and the monitors' sustained problems. Maintenance windows are left
    /// out of uptime and of the monitors' share of the colour: the maintenance itself colours its days.
    private func history(of component: Component, related: [TimelineIncident]) -> [ComponentDay] {
        // The time each maintenance held the component: all of its window, but for what an update of it gave
        // back as operational.
        let maintenanceWindows = related.filter { $0.incident.kind == .maintenance && $0.phase != .upcoming }
            .flatMap { item in
                let end = max(item.startedAt, item.endedAt ?? now)
                return item.incident.statusStretches(of: component.id, from: item.startedAt, to: end).filter {
                    $0.status != .operational
                }.map { DateInterval(start: $0.start, end: $0.end ?? end) }
            }
        let totals = component.monitors.map {
            MonitorDayTotals(stretches: summaries[$0]?.stretches ?? [], calendar: record, excluded: maintenanceWindows)
        }
        // One span for each status an incident gave the component while it lasted.
        let spans = related.reversed().enumerated().flatMap { order, incident -> [IncidentSweep.Span] in
            guard incident.phase != .upcoming, !incident.neverTookPlace else { return [] }
            return incident.incident.statusStretches(of: component.id, from: incident.startedAt, to: incident.endedAt)
                .map {
                    IncidentSweep.Span(order: order, start: $0.start, end: $0.end, status: $0.status, id: incident.id)
                }
        }
        var sweep = IncidentSweep(spans)
        let monitorCounts = component.monitors.compactMap { summaries[$0]?.counts }
        // Taken out of the resolver, so that the closure below holds no copy of it (and of the site's
        // settings) for each of the record's days.
        let dayNumbers = record.dayNumbers
        return record.days.enumerated().map { index, day in
            var sums = DaySums()
            for total in totals { sums.add(total.days[index]) }
            let covered = DaySums.average(sums.covered, sums.reporting)
            let down = DaySums.average(sums.down, sums.reporting)
            let touching = sweep.touching(from: day.start, to: day.end)
            var status: ComponentStatus?
            if covered > 0 {
                status = Self.status(
                    down: DaySums.average(sums.sustainedDown, sums.reporting),
                    degraded: DaySums.average(sums.sustainedDegraded, sums.reporting))
            }
            for incident in touching { status = max(status ?? .operational, incident.status) }
            var incidentIDs: [String] = []
            for incident in touching where incidentIDs.last != incident.id { incidentIDs.append(incident.id) }
            var latency = LatencyHistogram()
            let dayNumber = dayNumbers[index]
            for counts in monitorCounts {
                if let day = counts.counts(onDay: dayNumber) { latency.add(day.latency) }
            }
            return ComponentDay(
                day: day, status: status, uptime: Uptime.fraction(covered: covered, down: down),
                coveredSeconds: covered, downSeconds: down,
                degradedSeconds: DaySums.average(sums.degraded, sums.reporting),
                maintenanceCoveredSeconds: DaySums.average(sums.maintenanceCovered, sums.reportingInMaintenance),
                maintenanceDownSeconds: DaySums.average(sums.maintenanceDown, sums.reportingInMaintenance),
                incidentIDs: incidentIDs, latencyP50Ms: latency.percentile(0.5),
                latencyP95Ms: latency.percentile(0.95))
        }
    }

    /// One day of a component's monitors, summed in the monitors' order so that each figure can be
    /// averaged: outside maintenance windows over the monitors that reported, inside them over those
    /// that reported there. Summed as it goes, without an array per day: the record spans years of days.
    private struct DaySums {
        var covered = 0.0
        var down = 0.0
        var degraded = 0.0
        var sustainedDown = 0.0
        var sustainedDegraded = 0.0
        var reporting = 0
        var maintenanceCovered = 0.0
        var maintenanceDown = 0.0
        var reportingInMaintenance = 0

        mutating func add(_ day: MonitorDayTotals.Day) {
            if day.covered > 0 {
                covered += day.covered
                down += day.down
                degraded += day.degraded
                sustainedDown += day.sustainedDown
                sustainedDegraded += day.sustainedDegraded
                reporting += 1
            }
            if day.maintenanceCovered > 0 {
                maintenanceCovered += day.maintenanceCovered
                maintenanceDown += day.maintenanceDown
                reportingInMaintenance += 1
            }
        }

        /// `sum` averaged over `count` monitors; 0 over none.
        static func average(_ sum: Double, _ count: Int) -> Double {
            sum / Double(max(count, 1))
        }
    }

    private func affectedStatus(of component: Component, in incident: TimelineIncident, at time: Date)
        -> ComponentStatus
    {
        incident.incident.status(of: component.id, at: time) ?? .operational
    }

    /// A day's state from its sustained monitor problems (averaged over the component's monitors).
    static func status(down: TimeInterval, degraded: TimeInterval) -> ComponentStatus {
        if down >= majorOutageDowntime { return .majorOutage }
        if down > 0 { return .partialOutage }
        if degraded > 0 { return .degradedPerformance }
        return .operational
    }
}
