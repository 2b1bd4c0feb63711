import Foundation
import StatusgenModel

/// Works out each monitor's daily record: its rows, time-weighted uptime (maintenance counted like
/// any other time: this is what the monitor saw) and response times.
struct MonitorRecordResolver {
    let config: SiteConfig
    /// Each monitor's checks as runs, none after `now`.
    let runs: [String: [CheckRun]]
    let histories: [String: MonitorHistory]
    /// Every day of the record, from the first month with data or incidents to today.
    let record: DayCalendar
    /// How many of the record's last days the uptime bars show.
    let barDayCount: Int
    let now: Date

    func record(_ name: String) -> MonitorRecord {
        let totals = MonitorDayTotals(
            runs: runs[name] ?? [], calendar: record, gapLimit: config.monitoring.gapLimit,
            minimumRun: config.monitoring.outageMinimumChecks, excluded: [], now: now)
        let history = histories[name]
        let days = zip(record.days, totals.days).suffix(barDayCount).map { day, total in
            let counts = history?.counts(onDay: day.dayNumber) ?? MonitorDayCounts()
            return MonitorDay(
                day: day, up: counts.up, degraded: counts.degraded, down: counts.down,
                uptime: Uptime.fraction(covered: total.covered, down: total.down),
                latencyP50Ms: counts.latency.percentile(0.5), latencyP95Ms: counts.latency.percentile(0.95))
        }
        return MonitorRecord(
            name: name, days: days,
            uptime30Days: Uptime.fraction(of: totals.days.suffix(30), covered: \.covered, down: \.down),
            uptime90Days: Uptime.fraction(of: totals.days.suffix(90), covered: \.covered, down: \.down))
    }
}
