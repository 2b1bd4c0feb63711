import Foundation
import StatusgenCore
import StatusgenModel

/// Converts Gatus's `/api/v1/endpoints/statuses` JSON into monitor rows.
///
/// The monitor name is the endpoint's `key` (`group_name`, as Gatus writes it in its own URLs), so that
/// two endpoints of the same name in different groups stay apart. A successful result is `up`, any other
/// `down`; the latency is `duration` (nanoseconds) in milliseconds, left empty when the result has
/// `errors` (no response: a timeout, a refused connection).
public struct GatusImporter: Sendable {
    public init() {}

    private struct Endpoint: Decodable {
        var name: String?
        var group: String?
        var key: String?
        var results: [Result]?
    }

    private struct Result: Decodable {
        var timestamp: String
        var success: Bool
        var duration: Int64?
        var errors: [String]?
    }

    /// Converts the file at `path` (as the user named it) with contents `data`.
    public func convert(path: String, data: Data) throws(DiagnosticList) -> MonitorImport {
        let input = JSONInput(path: path, data: data)
        let endpoints = try input.decode([Endpoint].self)
        var rows: [MonitorResultRow] = []
        var problems: [Diagnostic] = []
        var warnings: [Diagnostic] = []
        var firstIndex: [String: Int] = [:]
        for (index, endpoint) in endpoints.enumerated() {
            guard let key = endpoint.key else {
                problems.append(input.error("endpoint \(index) has no 'key'", at: [.index(index)]))
                continue
            }
            if let problem = MonitorName.problem(key) {
                problems.append(input.error(problem, at: [.index(index), .key("key")]))
                continue
            }
            if let earlier = firstIndex[key] {
                let line = input.location(of: [.index(earlier)]).line.map { " (line \($0))" } ?? ""
                problems.append(
                    input.error("a second endpoint with key '\(key)'\(line)", at: [.index(index), .key("key")]))
                continue
            }
            firstIndex[key] = index
            let results = endpoint.results ?? []
            if results.isEmpty {
                warnings.append(input.warning("endpoint '\(key)' has no results", at: [.index(index)]))
            }
            for (position, result) in results.enumerated() {
                let at: [JSONLocator.Step] = [.index(index), .key("results"), .index(position)]
                guard let seconds = TimestampParser.parseRFC3339(result.timestamp.utf8) else {
                    problems.append(
                        input.error(
                            "'\(result.timestamp)' is not an RFC 3339 timestamp", at: at + [.key("timestamp")]))
                    continue
                }
                var latency: Double?
                if let duration = result.duration, result.errors?.isEmpty ?? true {
                    guard duration >= 0 else {
                        problems.append(input.error("the duration must not be negative", at: at + [.key("duration")]))
                        continue
                    }
                    latency = Double(duration) / 1_000_000
                }
                rows.append(
                    MonitorResultRow(
                        millisecondsSince1970: MonitorResultRow.milliseconds(seconds), monitor: key,
                        status: result.success ? .up : .down, latencyMs: latency))
            }
        }
        guard problems.isEmpty else { throw DiagnosticList(problems) }
        return MonitorImport(rows: rows, warnings: warnings)
    }
}
