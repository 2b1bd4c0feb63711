import StatusgenModel
import Testing

@testable import StatusgenImport

@Suite("Canonical monitor CSV")
struct MonitorCSVTests {
    @Test(
        "times are RFC 3339 in UTC, with milliseconds only when there are some",
        arguments: [
            (Int64(0), "1970-01-01T00:00:00Z"),
            (1_735_787_045_123, "2025-01-02T03:04:05.123Z"),
            (1_735_787_045_000, "2025-01-02T03:04:05Z"),
            (951_825_599_999, "2000-02-29T11:59:59.999Z"),
        ])
    func timestamps(milliseconds: Int64, expected: String) {
        #expect(RFC3339.string(milliseconds: milliseconds) == expected)
    }

    @Test(
        "latencies have at most three decimals and no trailing zeros",
        arguments: [(41.0, "41"), (41.5123, "41.512"), (0.0385 * 1000, "38.5"), (0.0004, "0"), (12.3456, "12.346")])
    func latencies(value: Double, expected: String) {
        #expect(MonitorCSV.number(value) == expected)
    }

    @Test("monitor names with commas, quotes or surrounding spaces are quoted")
    func quoting() {
        let rows = ["smtp-uk", "SMTP, UK", "the \"main\" site", " padded"].map {
            MonitorResultRow(millisecondsSince1970: 0, monitor: $0, status: .up)
        }
        #expect(
            MonitorCSV.render(rows) == """
                timestamp,monitor,status,latency_ms
                1970-01-01T00:00:00Z,smtp-uk,up,
                1970-01-01T00:00:00Z,"SMTP, UK",up,
                1970-01-01T00:00:00Z,"the ""main"" site",up,
                1970-01-01T00:00:00Z," padded",up,

                """)
    }

    @Test("rows are written under the header, sorted by time and then monitor")
    func rendering() {
        let result = MonitorImport(rows: [
            MonitorResultRow(millisecondsSince1970: 60_000, monitor: "b", status: .down),
            MonitorResultRow(millisecondsSince1970: 0, monitor: "b", status: .up, latencyMs: 12),
            MonitorResultRow(millisecondsSince1970: 0, monitor: "a", status: .degraded, latencyMs: 900.25),
        ])
        #expect(
            MonitorCSV.render(result.rows) == """
                timestamp,monitor,status,latency_ms
                1970-01-01T00:00:00Z,a,degraded,900.25
                1970-01-01T00:00:00Z,b,up,12
                1970-01-01T00:01:00Z,b,down,

                """)
        #expect(result.monitors == ["a", "b"])
    }
}
