import Foundation
import StatusgenModel

/// Every month's SLA report for every component as JSON, `api/sla.json`: keys sorted, laid out as
/// Foundation's `JSONEncoder` pretty-prints (`"key" : value`), as the file has always been.
enum SLAJSONRenderer {
    static let path = "api/sla.json"

    static func render(_ report: SLAReport, _ context: RenderingContext) -> OutputFile {
        let document = JSONValue.object([
            ("components", .array(report.components.map { component($0, report) })),
            ("generated_at", .string(RFC3339.string(from: context.timeline.now))),
            ("rules", rules(report, context)),
            ("timezone", .string(context.config.timeZoneName)),
        ])
        return OutputFile(path: path, contents: document.data(.spaced))
    }

    /// How the figures are worked out, in words a program can compare; see docs/status-rules.md.
    private static func rules(_ report: SLAReport, _ context: RenderingContext) -> JSONValue {
        .object([
            ("allowed_downtime", .string("(100 - sla_target) / 100 * measured_seconds")),
            ("credit_applies", .string("lowest_tier_reached")),
            ("credit_tier_reached_when", .string("downtime_seconds > (100 - below) / 100 * measured_seconds")),
            ("days_without_data", .string("not_counted")),
            ("degraded_counts_as", .string("up")),
            ("downtime", .string("down_checks")),
            ("gap_limit_minutes", .number(context.config.monitoring.gapLimit / 60)),
            ("maintenance_excluded", .bool(report.excludeMaintenance)),
            ("met_when", .string("downtime_seconds <= allowed_downtime_seconds")),
        ])
    }

    private static func component(_ state: ComponentState, _ report: SLAReport) -> JSONValue {
        let component = state.component
        return .object([
            ("credit_schedule", component.credits.map(schedule) ?? .null),
            ("id", .string(component.id)),
            (
                "months",
                .array(
                    report.months.map { month in
                        self.month(month, report.figures(state, in: month), report.credit(state, in: month))
                    })
            ),
            ("name", .string(component.name)),
            ("sla_target", .number(component.sla)),
        ])
    }

    /// A component's credit schedule: its tiers, highest threshold first.
    private static func schedule(_ schedule: CreditSchedule) -> JSONValue {
        .object([
            ("maintenance_excluded", .bool(schedule.excludeMaintenance)),
            (
                "tiers",
                .array(schedule.tiers.map { .object([("below", .number($0.below)), ("credit", .number($0.credit))]) })
            ),
        ])
    }

    private static func month(_ month: SiteMonth, _ figures: SLAFigures, _ credit: CreditFigures?) -> JSONValue {
        .object([
            ("allowed_downtime_seconds", .number(figures.allowedDowntimeSeconds.map(milliseconds))),
            ("credit", credit.map(self.credit) ?? .null),
            ("days", .int(figures.days)),
            ("days_with_data", .int(figures.daysWithData)),
            ("downtime_seconds", .number(milliseconds(figures.downtimeSeconds))),
            ("in_progress", .bool(month.isInProgress)),
            ("measured_seconds", .number(milliseconds(figures.measuredSeconds))),
            ("month", .string(month.key)),
            ("result", .string(figures.result.rawValue)),
            // Truncated, like every uptime figure, so that rounding never lifts a month over its target.
            ("uptime", .number(figures.uptime.map(truncated))),
        ])
    }

    /// A month's credit: the tier reached (`below`, `credit`), both `null` without one; `credit` is 0
    /// when no tier is reached, `null` without data.
    private static func credit(_ figures: CreditFigures) -> JSONValue {
        .object([
            ("below", .number(figures.tier?.below)),
            ("credit", .number(figures.result == .noData ? nil : figures.tier?.credit ?? 0)),
            ("result", .string(figures.result.rawValue)),
            ("uptime", .number(figures.uptime.map(truncated))),
        ])
    }

    /// An uptime truncated to six decimals.
    private static func truncated(_ fraction: Double) -> Double {
        (fraction * 1_000_000 + 1e-7).rounded(.down) / 1_000_000
    }

    private static func milliseconds(_ seconds: Double) -> Double {
        (seconds * 1000).rounded() / 1000
    }
}
