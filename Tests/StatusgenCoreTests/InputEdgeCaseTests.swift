import Foundation
import StatusgenModel
import Testing

@testable import StatusgenCore

@Suite("Odd input that people and tools produce")
struct InputEdgeCaseTests {
    static let parser = IncidentParserTests.parser

    @Test("reads an incident whose lines end in a lone carriage return, with each body under its heading")
    func carriageReturns() throws {
        let text =
            "---\rtitle: CR\rimpact: minor\r---\rSummary\r\r## 2026-11-06T10:00:00Z investigating\rfirst\r\r"
            + "## 2026-11-06T11:00:00Z resolved\rsecond\r"
        let incident = try Self.parser.parse(path: "incidents/2026-11-06-cr.md", text: text)
        #expect(incident.summaryHTML == "<p>Summary</p>\n")
        #expect(incident.updates.map(\.bodyHTML) == ["<p>first</p>\n", "<p>second</p>\n"])
        #expect(incident.updates.map(\.line) == [7, 10])
    }

    @Test("takes the id from the file name without its one .md ending", arguments: ["x.md.md", "a.mdb.md"])
    func idFromFileName(name: String) {
        let text = "---\ntitle: T\nimpact: minor\n---\n## 2026-11-06T10:00:00Z investigating\nx\n"
        let id = String(name.dropLast(3))
        #expect(
            diagnostics { () throws(DiagnosticList) in try Self.parser.parse(path: "incidents/\(name)", text: text) }
                == [
                    "incidents/\(name): file name '\(id).md' must use only a-z, 0-9 and '-' (it becomes the incident's URL)"
                ])
    }

    @Test("keeps updates in the same second in file order, each with its own anchor")
    func sameSecond() throws {
        let text =
            "---\ntitle: T\nimpact: minor\n---\n## 2026-11-06T10:00:00.5Z identified\ny\n"
            + "## 2026-11-06T10:00:00.1Z investigating\nx\n## 2026-11-06 10:00 UTC monitoring\nz\n"
            + "## 2026-11-06T09:59:59Z investigating\nw\n"
        let updates = try Self.parser.parse(path: "incidents/a.md", text: text).updates
        #expect(updates.map(\.status) == [.investigating, .identified, .investigating, .monitoring])
        let anchors = updates.map { TimelineUpdate(update: $0, effectiveStatus: $0.status).anchor }
        #expect(
            anchors == [
                "update-20261106T095959Z", "update-20261106T100000Z", "update-20261106T100000Z-2",
                "update-20261106T100000Z-3",
            ])
    }

    @Test("accepts a tab between the time and the status word")
    func tabInHeading() throws {
        let text = "---\ntitle: T\nimpact: minor\n---\n## 2026-11-06T10:00:00Z\tinvestigating\nx\n"
        let incident = try Self.parser.parse(path: "incidents/a.md", text: text)
        #expect(incident.updates.map(\.status) == [.investigating])
    }

    @Test("reads years from 1970 to 9999 only", arguments: ["1969-12-31T23:59:59Z", "0000-01-03T00:00:00Z"])
    func yearRange(text: String) {
        #expect(throws: TimestampParser.Failure.malformed(text)) { try TimestampParser.parse(text) }
    }

    @Test("suggests a word for a swap of two letters, but nothing for a word with no likeness")
    func suggestions() {
        #expect(Suggestion.closest(to: "nmae", among: ["id", "name", "group"]) == "name")
        #expect(Suggestion.closest(to: "dwon", among: ["up", "degraded", "down"]) == "down")
        #expect(Suggestion.closest(to: "<<", among: ["id", "name", "group"]) == nil)
    }

    @Test("refuses a monitor row that is not UTF-8")
    func monitorNotUTF8() {
        var bytes = Data("timestamp,monitor,status\n2026-11-24T10:44:00Z,web-".utf8)
        bytes.append(contentsOf: [0xFF])
        bytes.append(contentsOf: Data(",up\n".utf8))
        let result = MonitorResultsParser().parse(path: "monitors/a.csv", contents: bytes, timeZone: utcZone)
        #expect(result.diagnostics.map(\.description) == ["monitors/a.csv:2: the row is not UTF-8 text"])
    }

    @Test("refuses a base URL with spaces or quotes, and a component name of only spaces")
    func configValues() {
        let text = """
            title: T
            base_url: https://a.test/my status/
            timezone: UTC
            components:
              - id: web
                name: "  "
            """
        #expect(
            diagnostics { () throws(DiagnosticList) in try ConfigParser().parse(text) } == [
                "statusgen.yml:2: 'base_url' must be an absolute http(s) URL such as https://status.example.com/, "
                    + "not 'https://a.test/my status/'",
                "statusgen.yml:6: component 'web' needs a name",
            ])
    }

    @Test("counts calendar days both ways across the whole range")
    func civilTime() {
        for days in stride(from: -800_000, through: 3_000_000, by: 997) {
            let date = CivilTime.date(daysSinceEpoch: days)
            #expect(CivilTime.daysSinceEpoch(year: date.year, month: date.month, day: date.day) == days)
        }
        #expect(CivilTime.date(daysSinceEpoch: 0) == CivilTime.Date(year: 1970, month: 1, day: 1))
        #expect(CivilTime.date(daysSinceEpoch: 20_781) == CivilTime.Date(year: 2026, month: 11, day: 24))
        #expect(CivilTime.date(daysSinceEpoch: 11_016) == CivilTime.Date(year: 2000, month: 2, day: 29))
    }
}

@Suite("Maintenance in the daily history")
struct MaintenanceHistoryTests {
    static let now = "2026-11-24T12:00:00Z"

    @Test("leaves a maintenance window out of uptime, and colours its day as maintenance, not an outage")
    func windowExcluded() {
        // api-eu is down for the whole of a maintenance from 02:00 to 04:00 on 23 Nov, up otherwise.
        let day = utc("2026-11-23T00:00:00Z")
        let checks =
            regularChecks("api-eu", from: day, to: utc("2026-11-23T02:00:00Z"), every: 300)
            + regularChecks(
                "api-eu", from: utc("2026-11-23T02:00:00Z"), to: utc("2026-11-23T04:00:00Z"), every: 300, status: .down)
            + regularChecks("api-eu", from: utc("2026-11-23T04:00:00Z"), to: utc(Self.now), every: 300)
        let maintenance = makeIncident(
            "upgrade", kind: .maintenance, components: [("api", .underMaintenance)], updates: [],
            window: (starts: "2026-11-23T02:00:00Z", ends: "2026-11-23T04:00:00Z"))
        let days = buildTimeline(incidents: [maintenance], checks: checks, now: Self.now).state(of: "api")?.days ?? []
        #expect(days[1].status == .underMaintenance)
        #expect(days[1].uptime == 1)
        #expect(days[1].coveredSeconds == 22 * 3600)
        let without = buildTimeline(checks: checks, now: Self.now).state(of: "api")?.days ?? []
        #expect(without[1].status == .majorOutage)
    }

    @Test("a maintenance completed before its window lasted no time")
    func calledOff() {
        let maintenance = makeIncident(
            "off", kind: .maintenance, components: [("api", .underMaintenance)],
            updates: [("2026-11-20T09:00:00Z", .scheduled), ("2026-11-21T09:00:00Z", .completed)],
            window: (starts: "2026-11-23T02:00:00Z", ends: "2026-11-23T04:00:00Z"))
        let incident = buildTimeline(incidents: [maintenance], now: Self.now).incident(withID: "off")
        #expect(incident?.phase == .completed)
        #expect(incident?.duration == 0)
    }
}
