import Foundation
import StatusgenModel

/// Converts Prometheus `query_range` responses for the blackbox exporter's `probe_success` (and, optionally,
/// `probe_duration_seconds`) into monitor rows.
///
/// Each series is one monitor, named by one of its labels (`instance` unless told otherwise). A sample of 1
/// is `up`, 0 is `down`. The latency comes from the `probe_duration_seconds` series with the same monitor
/// name at the same time, for `up` samples only: a failed probe's duration is the time until it gave up,
/// not a response time.
public struct PrometheusImporter: Sendable {
    /// The label whose value names the monitor.
    public var monitorLabel: String

    public init(monitorLabel: String = "instance") {
        self.monitorLabel = monitorLabel
    }

    private struct Response: Decodable {
        var status: String
        var data: Matrix?
        var error: String?
    }

    private struct Matrix: Decodable {
        var resultType: String
        var result: [Series]
    }

    private struct Series: Decodable {
        var metric: [String: String]
        var values: [Sample]?
    }

    private struct Sample: Decodable {
        var time: Double
        var value: String

        init(from decoder: Decoder) throws {
            var container = try decoder.unkeyedContainer()
            time = try container.decode(Double.self)
            value = try container.decode(String.self)
        }
    }

    /// One file given on the command line.
    public struct File: Sendable {
        public var path: String
        public var data: Data

        public init(path: String, data: Data) {
            self.path = path
            self.data = data
        }
    }

    /// Converts the `probe_success` response `success`, joined with the `probe_duration_seconds` response
    /// `latency` when given.
    public func convert(success: File, latency: File? = nil) throws(DiagnosticList) -> MonitorImport {
        var problems: [Diagnostic] = []
        var warnings: [Diagnostic] = []
        let successSeries = try series(in: success, metric: "probe_success", problems: &problems)
        var latencySeries: [String: [Int64: Double]] = [:]
        var latencyInput: JSONInput?
        if let latency {
            let input = JSONInput(path: latency.path, data: latency.data)
            latencyInput = input
            do {
                for (name, samples) in try series(in: latency, metric: "probe_duration_seconds", problems: &problems) {
                    var byTime: [Int64: Double] = [:]
                    for sample in samples.samples {
                        guard let seconds = Double(sample.sample.value),
                            LatencyHistogram.acceptedValues.contains(seconds * 1000)
                        else {
                            problems.append(
                                input.error(
                                    "'\(sample.sample.value)' is not a duration in seconds",
                                    at: sample.steps + [.index(1)]))
                            continue
                        }
                        guard let time = MonitorResultRow.storableMilliseconds(sample.sample.time) else {
                            problems.append(Self.timeProblem(sample, in: input))
                            continue
                        }
                        byTime[time] = seconds * 1000
                    }
                    latencySeries[name] = byTime
                }
            } catch {
                problems += error.diagnostics
            }
        }
        let input = JSONInput(path: success.path, data: success.data)
        var rows: [MonitorResultRow] = []
        var matched = 0
        for (name, series) in successSeries.sorted(by: { $0.key < $1.key }) {
            for sample in series.samples {
                let status: MonitorStatus
                switch Double(sample.sample.value) {
                case 1: status = .up
                case 0: status = .down
                default:
                    problems.append(
                        input.error(
                            "probe_success must be 0 or 1, not '\(sample.sample.value)'", at: sample.steps + [.index(1)]
                        ))
                    continue
                }
                guard let time = MonitorResultRow.storableMilliseconds(sample.sample.time) else {
                    problems.append(Self.timeProblem(sample, in: input))
                    continue
                }
                let duration = latencySeries[name]?.removeValue(forKey: time)
                if duration != nil { matched += 1 }
                rows.append(
                    MonitorResultRow(
                        millisecondsSince1970: time, monitor: name, status: status,
                        latencyMs: status == .up ? duration : nil))
            }
        }
        let unmatched = latencySeries.values.reduce(0) { $0 + $1.count }
        if unmatched > 0, let latencyInput {
            warnings.append(
                .warning(
                    "\(unmatched) probe_duration_seconds samples have no probe_success sample with the same"
                        + " \(monitorLabel) and time; they are left out", at: SourceLocation(path: latencyInput.path)))
        }
        guard problems.isEmpty else { throw DiagnosticList(problems) }
        return MonitorImport(rows: rows, warnings: warnings)
    }

    private static func timeProblem(_ sample: LocatedSample, in input: JSONInput) -> Diagnostic {
        input.error("the time \(sample.sample.time) is not in the years 1970 to 9999", at: sample.steps + [.index(0)])
    }

    private struct LocatedSample {
        var sample: Sample
        var steps: [JSONLocator.Step]
    }

    private struct NamedSeries {
        var samples: [LocatedSample]
    }

    /// The series of `file` by monitor name; structural problems are thrown, others collected.
    private func series(in file: File, metric: String, problems: inout [Diagnostic]) throws(DiagnosticList)
        -> [String: NamedSeries]
    {
        let input = JSONInput(path: file.path, data: file.data)
        let response = try input.decode(Response.self)
        guard response.status == "success" else {
            throw DiagnosticList([
                input.error(
                    "the query failed (status '\(response.status)')" + (response.error.map { ": \($0)" } ?? ""),
                    at: [.key("status")])
            ])
        }
        guard let data = response.data else {
            throw DiagnosticList([input.error("missing key 'data' in the top level", at: [])])
        }
        guard data.resultType == "matrix" else {
            throw DiagnosticList([
                input.error(
                    "expected a 'matrix' result (the answer to /api/v1/query_range), not '\(data.resultType)'",
                    at: [.key("data"), .key("resultType")])
            ])
        }
        var named: [String: NamedSeries] = [:]
        var firstIndex: [String: Int] = [:]
        for (index, series) in data.result.enumerated() {
            let at: [JSONLocator.Step] = [.key("data"), .key("result"), .index(index)]
            if let name = series.metric["__name__"], name != metric {
                problems.append(
                    input.error(
                        "expected \(metric) series, not '\(name)'"
                            + (name == "probe_duration_seconds" ? " (give that file with --latency)" : ""),
                        at: at + [.key("metric")]))
                continue
            }
            guard let name = series.metric[monitorLabel] else {
                let labels = series.metric.keys.filter { $0 != "__name__" }.sorted()
                problems.append(
                    input.error(
                        "the series has no '\(monitorLabel)' label to name its monitor (it has: "
                            + "\(labels.isEmpty ? "none" : labels.joined(separator: ", "))); choose one with --monitor-label",
                        at: at + [.key("metric")]))
                continue
            }
            if let problem = MonitorName.problem(name) {
                problems.append(input.error(problem, at: at + [.key("metric")]))
                continue
            }
            if let earlier = firstIndex[name] {
                let line = input.location(of: [.key("data"), .key("result"), .index(earlier)]).line
                problems.append(
                    input.error(
                        "a second series with \(monitorLabel)=\"\(name)\"\(line.map { " (line \($0))" } ?? ""):"
                            + " choose a label that tells them apart with --monitor-label", at: at + [.key("metric")]))
                continue
            }
            firstIndex[name] = index
            let samples = (series.values ?? []).enumerated().map { position, sample in
                LocatedSample(sample: sample, steps: at + [.key("values"), .index(position)])
            }
            named[name] = NamedSeries(samples: samples)
        }
        return named
    }
}
