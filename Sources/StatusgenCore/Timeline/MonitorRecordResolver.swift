import Foundation
import StatusgenModel

/// Works out each monitor's daily record: its rows, time-weighted uptime (maintenance counted like
/// any other time: this is what the monitor saw) and response times.
struct MonitorRecordResolver {
    let config: SiteConfig
    /// Each monitor's results as of the timeline's moment.
    let summaries: [String: MonitorSummary]
    /// Every day of the record, from the first month with data or incidents to today.
    let record: DayCalendar
    /// How many of the record's last days the uptime bars show.
    let barDayCount: Int

    func record(_ name: String) -> MonitorRecord {
        let summary = summaries[name]
        let totals = MonitorDayTotals(stretches: summary?.stretches ?? [], calendar: record, excluded: [])
        let history = summary?.counts
        let days = record.days.indices.suffix(barDayCount).map { index in
            let (day, total) = (record.days[index], totals.days[index])
            let counts = history?.counts(onDay: record.dayNumbers[index]) ?? MonitorDayCounts()
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
