import Foundation
import StatusgenModel

/// Every month's SLA report for every component as JSON, `api/sla.json`.
enum SLAJSONRenderer {
    static let path = "api/sla.json"

    static func render(_ report: SLAReport, _ context: RenderingContext) -> OutputFile {
        let document = Document(
            generatedAt: RFC3339.string(from: context.timeline.now),
            timezone: context.config.timeZoneName,
            rules: Rules(
                maintenanceExcluded: report.excludeMaintenance,
                gapLimitMinutes: context.config.monitoring.gapLimit / 60),
            components: report.components.map { state in
                ComponentReport(
                    id: state.component.id, name: state.component.name, slaTarget: state.component.sla,
                    creditSchedule: state.component.credits.map(ScheduleReport.init),
                    months: report.months.map { month in
                        MonthReport(month, report.figures(state, in: month), report.credit(state, in: month))
                    })
            })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Encoding these plain values cannot fail; an empty file would show it if it ever did.
        let data = (try? encoder.encode(document)) ?? Data()
        return OutputFile(path: path, contents: data + Data("\n".utf8))
    }

    private struct Document: Encodable {
        let generatedAt: String
        let timezone: String
        let rules: Rules
        let components: [ComponentReport]

        enum CodingKeys: String, CodingKey {
            case generatedAt = "generated_at"
            case timezone, rules, components
        }
    }

    /// How the figures are worked out, in words a program can compare; see docs/status-rules.md.
    private struct Rules: Encodable {
        let maintenanceExcluded: Bool
        let gapLimitMinutes: Double
        let downtime = "down_checks"
        let degradedCountsAs = "up"
        let daysWithoutData = "not_counted"
        let allowedDowntime = "(100 - sla_target) / 100 * measured_seconds"
        let metWhen = "downtime_seconds <= allowed_downtime_seconds"
        let creditTierReachedWhen = "downtime_seconds > (100 - below) / 100 * measured_seconds"
        let creditApplies = "lowest_tier_reached"

        enum CodingKeys: String, CodingKey {
            case maintenanceExcluded = "maintenance_excluded"
            case gapLimitMinutes = "gap_limit_minutes"
            case downtime
            case degradedCountsAs = "degraded_counts_as"
            case daysWithoutData = "days_without_data"
            case allowedDowntime = "allowed_downtime"
            case metWhen = "met_when"
            case creditTierReachedWhen = "credit_tier_reached_when"
            case creditApplies = "credit_applies"
        }
    }

    private struct ComponentReport: Encodable {
        let id: String
        let name: String
        let slaTarget: Double?
        let creditSchedule: ScheduleReport?
        let months: [MonthReport]

        enum CodingKeys: String, CodingKey {
            case id, name, months
            case slaTarget = "sla_target"
            case creditSchedule = "credit_schedule"
        }

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encode(name, forKey: .name)
            try container.encode(slaTarget, forKey: .slaTarget)
            try container.encode(creditSchedule, forKey: .creditSchedule)
            try container.encode(months, forKey: .months)
        }
    }

    /// A component's credit schedule: its tiers, highest threshold first.
    private struct ScheduleReport: Encodable {
        let maintenanceExcluded: Bool
        let tiers: [Tier]

        struct Tier: Encodable {
            let below: Double
            let credit: Double
        }

        init(_ schedule: CreditSchedule) {
            maintenanceExcluded = schedule.excludeMaintenance
            tiers = schedule.tiers.map { Tier(below: $0.below, credit: $0.credit) }
        }

        enum CodingKeys: String, CodingKey {
            case tiers
            case maintenanceExcluded = "maintenance_excluded"
        }
    }

    /// A month's credit: the tier reached (`below`, `credit`), both `null` without one; `credit` is 0
    /// when no tier is reached, `null` without data.
    private struct CreditReport: Encodable {
        let result: String
        let uptime: Double?
        let below: Double?
        let credit: Double?

        init(_ figures: CreditFigures) {
            result = figures.result.rawValue
            uptime = figures.uptime.map(MonthReport.truncated)
            below = figures.tier?.below
            credit = figures.result == .noData ? nil : figures.tier?.credit ?? 0
        }

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(result, forKey: .result)
            try container.encode(uptime, forKey: .uptime)
            try container.encode(below, forKey: .below)
            try container.encode(credit, forKey: .credit)
        }

        enum CodingKeys: String, CodingKey {
            case result, uptime, below, credit
        }
    }

    private struct MonthReport: Encodable {
        let month: String
        let inProgress: Bool
        let days: Int
        let daysWithData: Int
        let measuredSeconds: Double
        let downtimeSeconds: Double
        let allowedDowntimeSeconds: Double?
        let uptime: Double?
        let result: String
        let credit: CreditReport?

        init(_ month: SiteMonth, _ figures: SLAFigures, _ credit: CreditFigures?) {
            self.month = month.key
            inProgress = month.isInProgress
            days = figures.days
            daysWithData = figures.daysWithData
            measuredSeconds = Self.milliseconds(figures.measuredSeconds)
            downtimeSeconds = Self.milliseconds(figures.downtimeSeconds)
            allowedDowntimeSeconds = figures.allowedDowntimeSeconds.map(Self.milliseconds)
            // Truncated, like every uptime figure, so that rounding never lifts a month over its target.
            uptime = figures.uptime.map(Self.truncated)
            result = figures.result.rawValue
            self.credit = credit.map(CreditReport.init)
        }

        /// An uptime truncated to six decimals.
        static func truncated(_ fraction: Double) -> Double {
            (fraction * 1_000_000 + 1e-7).rounded(.down) / 1_000_000
        }

        enum CodingKeys: String, CodingKey {
            case month, days, uptime, result, credit
            case inProgress = "in_progress"
            case daysWithData = "days_with_data"
            case measuredSeconds = "measured_seconds"
            case downtimeSeconds = "downtime_seconds"
            case allowedDowntimeSeconds = "allowed_downtime_seconds"
        }

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(month, forKey: .month)
            try container.encode(inProgress, forKey: .inProgress)
            try container.encode(days, forKey: .days)
            try container.encode(daysWithData, forKey: .daysWithData)
            try container.encode(measuredSeconds, forKey: .measuredSeconds)
            try container.encode(downtimeSeconds, forKey: .downtimeSeconds)
            try container.encode(allowedDowntimeSeconds, forKey: .allowedDowntimeSeconds)
            try container.encode(uptime, forKey: .uptime)
            try container.encode(result, forKey: .result)
            try container.encode(credit, forKey: .credit)
        }

        private static func milliseconds(_ seconds: Double) -> Double {
            (seconds * 1000).rounded() / 1000
        }
    }
}
