import Foundation
import StatusgenModel

/// Writes `api/uptime.json`: per monitor and per component, per day of the uptime bars, the rows by
/// status, time-weighted uptime and response times. Days without data are left out; keys are sorted.
enum UptimeAPIRenderer {
    static let path = "api/uptime.json"

    static func render(_ timeline: Timeline) -> OutputFile {
        let document = JSONValue.object([
            (
                "components",
                .object(timeline.components.sorted { $0.id < $1.id }.map { ($0.id, component($0)) })
            ),
            ("generated_at", .string(RFC3339.string(from: timeline.now))),
            ("monitors", .object(timeline.monitors.sorted { $0.name < $1.name }.map { ($0.name, monitor($0)) })),
            ("timezone", .string(timeline.config.timeZoneName)),
        ])
        return OutputFile(path: path, contents: document.data())
    }

    private static func component(_ state: ComponentState) -> JSONValue {
        let days = state.days.compactMap { day -> JSONValue? in
            guard let uptime = day.uptime else { return nil }
            return .object([
                ("date", .string(day.day.date)),
                ("latency_p50_ms", milliseconds(day.latencyP50Ms)),
                ("latency_p95_ms", milliseconds(day.latencyP95Ms)),
                ("status", JSONValue.optionalString(day.status?.rawValue)),
                ("uptime", .number(FixedNumberFormatter.truncated(uptime))),
            ])
        }
        return .object([
            ("days", .array(days)),
            ("uptime_30d", fraction(state.uptime30Days)),
            ("uptime_90d", fraction(state.uptime90Days)),
        ])
    }

    private static func monitor(_ record: MonitorRecord) -> JSONValue {
        let days = record.days.filter(\.hasData).map { day -> JSONValue in
            .object([
                ("checks", .int(day.checks)),
                ("date", .string(day.day.date)),
                ("degraded", .int(day.degraded)),
                ("down", .int(day.down)),
                ("latency_p50_ms", milliseconds(day.latencyP50Ms)),
                ("latency_p95_ms", milliseconds(day.latencyP95Ms)),
                ("up", .int(day.up)),
                ("uptime", fraction(day.uptime)),
            ])
        }
        return .object([
            ("days", .array(days)),
            ("uptime_30d", fraction(record.uptime30Days)),
            ("uptime_90d", fraction(record.uptime90Days)),
        ])
    }

    private static func fraction(_ value: Double?) -> JSONValue {
        value.map { .number(FixedNumberFormatter.truncated($0)) } ?? .null
    }

    private static func milliseconds(_ value: Double?) -> JSONValue {
        value.map { .number(FixedNumberFormatter.milliseconds($0)) } ?? .null
    }
}
