import Foundation
import StatusgenModel
import Testing

@testable import StatusgenImport

@Suite("Prometheus import")
struct PrometheusImporterTests {
    private func file(_ name: String) throws -> PrometheusImporter.File {
        PrometheusImporter.File(path: name, data: try Fixtures.data(name))
    }

    @Test("probe_success becomes up and down, joined with probe_duration_seconds for up samples")
    func conversion() throws {
        let result = try PrometheusImporter().convert(
            success: try file("probe-success.json"), latency: try file("probe-duration.json"))
        #expect(
            MonitorCSV.render(result.rows) == """
                timestamp,monitor,status,latency_ms
                2025-01-02T03:04:00Z,https://example.org,up,41.512
                2025-01-02T03:04:00Z,mx.example.org:25,up,8
                2025-01-02T03:05:00Z,https://example.org,down,
                2025-01-02T03:05:00Z,mx.example.org:25,up,
                2025-01-02T03:06:00.500Z,https://example.org,up,38.5

                """)
        #expect(
            result.warnings.map(\.description) == [
                "probe-duration.json: warning: 1 probe_duration_seconds samples have no probe_success sample with"
                    + " the same instance and time; they are left out"
            ])
    }

    @Test("another label can name the monitors")
    func monitorLabel() throws {
        let result = try PrometheusImporter(monitorLabel: "job").convert(success: try file("probe-success.json"))
        #expect(result.monitors == ["blackbox-http", "blackbox-smtp"])
        #expect(result.rows.allSatisfy { $0.latencyMs == nil })
    }

    @Test("the duration file given as the success file is refused, naming --latency")
    func swappedFiles() throws {
        let durations = try file("probe-duration.json")
        #expect(
            diagnostics { () throws(DiagnosticList) in try PrometheusImporter().convert(success: durations) } == [
                "probe-duration.json:7: expected probe_success series, not 'probe_duration_seconds'"
                    + " (give that file with --latency)",
                "probe-duration.json:11: expected probe_success series, not 'probe_duration_seconds'"
                    + " (give that file with --latency)",
            ])
    }

    @Test("a duration too large for a monitor file is an error at its line, not a crash")
    func hugeDuration() {
        let success = Self.matrix("{\"metric\": {\"instance\": \"a\"}, \"values\": [[1, \"1\"]]}")
        let latency = Self.matrix(
            "{\"metric\": {\"__name__\": \"probe_duration_seconds\", \"instance\": \"a\"},\n \"values\": [[1, \"1e300\"]]}"
        )
        #expect(
            diagnostics { () throws(DiagnosticList) in
                try PrometheusImporter().convert(
                    success: PrometheusImporter.File(path: "p.json", data: Data(success.utf8)),
                    latency: PrometheusImporter.File(path: "d.json", data: Data(latency.utf8)))
            } == ["d.json:3: '1e300' is not a duration in seconds"])
    }

    private static func matrix(_ series: String) -> String {
        "{\"status\": \"success\", \"data\": {\"resultType\": \"matrix\", \"result\": [\n\(series)]}}"
    }

    @Test(
        "bad input is reported at its line",
        arguments: [
            (
                matrix("{\"metric\": {\"instance\": \"a\"},\n \"values\": [[1, \"1\"],\n [2, \"0.5\"]]}"),
                ["p.json:4: probe_success must be 0 or 1, not '0.5'"]
            ),
            (
                matrix("{\"metric\": {\"job\": \"x\"}, \"values\": []}"),
                [
                    "p.json:2: the series has no 'instance' label to name its monitor (it has: job); choose one with --monitor-label"
                ]
            ),
            (
                matrix(
                    "{\"metric\": {\"instance\": \"a\", \"job\": \"x\"}, \"values\": []},\n{\"metric\": {\"instance\": \"a\", \"job\": \"y\"}, \"values\": []}"
                ),
                [
                    "p.json:3: a second series with instance=\"a\" (line 2): choose a label that tells them apart with --monitor-label"
                ]
            ),
            (
                matrix("{\"metric\": {\"instance\": \"a\"}, \"values\": [[1e300, \"1\"], [-1, \"0\"]]}"),
                [
                    "p.json:2: the time -1.0 is not in the years 1970 to 9999",
                    "p.json:2: the time 1e+300 is not in the years 1970 to 9999",
                ]
            ),
            (
                matrix("{\"metric\": {\"instance\": \"a\"}, \"values\": [[1, 1]]}"),
                ["p.json:2: .data.result[0].values[0][1] must be a string"]
            ),
            (
                "{\"status\": \"success\", \"data\": {\"resultType\": \"vector\", \"result\": []}}",
                ["p.json:1: expected a 'matrix' result (the answer to /api/v1/query_range), not 'vector'"]
            ),
            (
                "{\"status\": \"error\",\n \"errorType\": \"bad_data\", \"error\": \"parse error\"}",
                ["p.json:1: the query failed (status 'error'): parse error"]
            ),
        ])
    func errors(json: String, expected: [String]) {
        #expect(
            diagnostics { () throws(DiagnosticList) in
                try PrometheusImporter().convert(
                    success: PrometheusImporter.File(path: "p.json", data: Data(json.utf8)))
            } == expected)
    }
}
