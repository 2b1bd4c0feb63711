import Foundation
import StatusgenModel

/// Writes `api/uptime.json`: per monitor and per component, per day of the uptime bars, the rows by
/// status, time-weighted uptime and response times. Days without data are left out; keys are sorted.
enum UptimeAPIRenderer {
    static let path = "api/uptime.json"

    static func render(_ timeline: Timeline) -> OutputFile {
        var json = JSONWriter()
        json.object { json in
            json.object("components") { json in
                for state in timeline.components.sorted(by: { $0.id < $1.id }) {
                    json.object(state.id) { json in component(state, into: &json) }
                }
            }
            json.value("generated_at", string: UTCTimestampFormatter.rfc3339(timeline.now))
            json.object("monitors") { json in
                for record in timeline.monitors.sorted(by: { $0.name < $1.name }) {
                    json.object(record.name) { json in monitor(record, into: &json) }
                }
            }
            json.value("timezone", string: timeline.config.timeZone.identifier)
        }
        return OutputFile(path: path, contents: Data((json.text + "\n").utf8))
    }

    private static func component(_ state: ComponentState, into json: inout JSONWriter) {
        json.array("days") { json in
            for day in state.days {
                guard let uptime = day.uptime else { continue }
                json.object { json in
                    json.value("date", string: day.day.date)
                    json.value("latency_p50_ms", raw: milliseconds(day.latencyP50Ms))
                    json.value("latency_p95_ms", raw: milliseconds(day.latencyP95Ms))
                    json.value("status", raw: day.status.map { JSONWriter.quoted($0.rawValue) } ?? "null")
                    json.value("uptime", raw: FixedNumberFormatter.truncated(uptime))
                }
            }
        }
        json.value("uptime_30d", raw: fraction(state.uptime30Days))
        json.value("uptime_90d", raw: fraction(state.uptime90Days))
    }

    private static func monitor(_ record: MonitorRecord, into json: inout JSONWriter) {
        json.array("days") { json in
            for day in record.days where day.hasData {
                json.object { json in
                    json.value("checks", raw: "\(day.checks)")
                    json.value("date", string: day.day.date)
                    json.value("degraded", raw: "\(day.degraded)")
                    json.value("down", raw: "\(day.down)")
                    json.value("latency_p50_ms", raw: milliseconds(day.latencyP50Ms))
                    json.value("latency_p95_ms", raw: milliseconds(day.latencyP95Ms))
                    json.value("up", raw: "\(day.up)")
                    json.value("uptime", raw: fraction(day.uptime))
                }
            }
        }
        json.value("uptime_30d", raw: fraction(record.uptime30Days))
        json.value("uptime_90d", raw: fraction(record.uptime90Days))
    }

    private static func fraction(_ value: Double?) -> String {
        value.map { FixedNumberFormatter.truncated($0) } ?? "null"
    }

    private static func milliseconds(_ value: Double?) -> String {
        value.map(FixedNumberFormatter.milliseconds) ?? "null"
    }
}
