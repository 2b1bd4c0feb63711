import Foundation
import StatusgenModel

/// A month's SLA report as CSV (RFC 4180: a header row, CRLF line ends, fields quoted when needed),
/// `history/YYYY-MM.csv`: one row per component, in configuration order.
enum SLACSVRenderer {
    static let header = [
        "month", "month_in_progress", "component_id", "component_name", "sla_target_percent", "uptime_percent",
        "downtime_minutes", "allowed_downtime_minutes", "result", "measured_minutes", "days", "days_with_data",
        "maintenance_excluded", "credit_result", "credit_uptime_percent", "credit_tier_below_percent", "credit_percent",
        "credit_maintenance_excluded",
    ]

    /// The path of `month`'s CSV file, from the site root.
    static func path(of month: SiteMonth) -> String {
        "history/\(month.key).csv"
    }

    static func render(_ month: SiteMonth, of report: SLAReport) -> OutputFile {
        let rows = report.components.map { state -> [String] in
            let figures = report.figures(state, in: month)
            return [
                month.key, month.isInProgress ? "true" : "false", state.component.id, state.component.name,
                figures.target.map(ConfigNumberText.plain) ?? "", figures.uptime.map(truncatedPercent) ?? "",
                MinutesFormatter.format(figures.downtimeSeconds, decimals: 2),
                figures.allowedDowntimeSeconds.map { MinutesFormatter.format($0, decimals: 2) } ?? "",
                figures.result.rawValue, MinutesFormatter.format(figures.measuredSeconds, decimals: 2),
                "\(figures.days)", "\(figures.daysWithData)", report.excludeMaintenance ? "true" : "false",
            ] + creditFields(report.credit(state, in: month))
        }
        let text = ([header] + rows).map { $0.map(CSVEscaping.field).joined(separator: ",") + "\r\n" }.joined()
        return OutputFile(path: path(of: month), contents: Data(text.utf8))
    }

    /// The credit columns: all empty without a schedule; the tier and credit empty without data, and
    /// the credit "0" when no tier is reached.
    static func creditFields(_ credit: CreditFigures?) -> [String] {
        guard let credit else { return ["no_schedule", "", "", "", ""] }
        return [
            credit.result.rawValue, credit.uptime.map(truncatedPercent) ?? "",
            credit.tier.map { ConfigNumberText.plain($0.below) } ?? "",
            credit.result == .noData ? "" : credit.tier.map { ConfigNumberText.plain($0.credit) } ?? "0",
            credit.schedule.excludeMaintenance ? "true" : "false",
        ]
    }

    /// A fraction as a percentage with four decimals, truncated like every uptime figure: "99.9653".
    static func truncatedPercent(_ fraction: Double) -> String {
        let units = min(1_000_000, max(0, Int((fraction * 1_000_000 + 1e-7).rounded(.down))))
        let fraction = String(units % 10_000)
        return "\(units / 10_000)." + String(repeating: "0", count: 4 - fraction.count) + fraction
    }
}
