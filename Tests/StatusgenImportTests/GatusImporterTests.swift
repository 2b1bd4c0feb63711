import Foundation
import StatusgenModel
import Testing

@testable import StatusgenImport

@Suite("Gatus import")
struct GatusImporterTests {
    @Test("endpoint statuses become rows named by key, with latency only for results that got a response")
    func conversion() throws {
        let result = try GatusImporter().convert(
            path: "statuses.json", data: try Fixtures.data("gatus-statuses.json"))
        #expect(
            MonitorCSV.render(result.rows) == """
                timestamp,monitor,status,latency_ms
                2025-01-02T03:04:05.123Z,core_website,up,41.512
                2025-01-02T03:04:05.123Z,mail--uk_smtp,up,8
                2025-01-02T03:05:05Z,core_website,down,12
                2025-01-02T03:06:05Z,core_website,down,

                """)
        #expect(
            result.warnings.map(\.description) == ["statuses.json:54: warning: endpoint '_new-endpoint' has no results"]
        )
    }

    @Test(
        "bad input is reported at its line",
        arguments: [
            (
                "[{\"key\": \"a\", \"results\": []},\n {\"key\": \"b\" \"results\": []}]",
                ["g.json:2: not valid JSON: expected ',' or '}' in an object"]
            ),
            (
                "[{\"key\": \"a\", \"results\": [\n  {\"timestamp\": \"yesterday\", \"success\": true}]}]",
                ["g.json:2: 'yesterday' is not an RFC 3339 timestamp"]
            ),
            (
                "[{\"key\": \"a\",\n \"results\": [\n  {\"success\": true}]}]",
                ["g.json:3: missing key 'timestamp' in [0].results[0]"]
            ),
            (
                "[{\"key\": \"a\", \"results\": [\n {\"timestamp\": \"2025-01-02T03:04:05Z\",\n \"success\": \"yes\"}]}]",
                ["g.json:3: [0].results[0].success must be true or false"]
            ),
            (
                "[{\"key\": \"a\", \"results\": []},\n {\"key\": \"a\", \"results\": []}]",
                ["g.json:2: a second endpoint with key 'a' (line 1)"]
            ),
            ("[{\"name\": \"a\", \"results\": []}]", ["g.json:1: endpoint 0 has no 'key'"]),
            ("{\"key\": \"a\"}", ["g.json:1: the top level must be an array"]),
            ("", ["g.json:1: not valid JSON: the JSON text ends early"]),
        ])
    func errors(json: String, expected: [String]) {
        #expect(
            diagnostics { () throws(DiagnosticList) in
                try GatusImporter().convert(path: "g.json", data: Data(json.utf8))
            } == expected)
    }
}
