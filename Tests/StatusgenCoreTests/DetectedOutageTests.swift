import Foundation
import StatusgenModel
import Testing

@testable import StatusgenCore

@Suite("Detected outages on the timeline")
struct DetectedOutageTests {
    static let now = "2026-11-24T12:00:00Z"

    /// api-eu is down at 10:01 and 10:02 and up again at 10:03.
    static let checks = makeChecks(
        "api-eu",
        [
            ("2026-11-24T10:00:00Z", .up), ("2026-11-24T10:01:00Z", .down), ("2026-11-24T10:02:00Z", .down),
            ("2026-11-24T10:03:00Z", .up),
        ])
    static let outage = DetectedOutage(
        monitor: "api-eu", componentIDs: ["api"], start: utc("2026-11-24T10:01:00Z"), end: utc("2026-11-24T10:03:00Z"),
        checks: 2)

    static func incident(_ id: String = "a", component: String = "api", from start: String, resolved end: String? = nil)
        -> Incident
    {
        makeIncident(
            id, components: [(component, .partialOutage)],
            updates: [(start, .investigating)] + (end.map { [($0, UpdateStatus.resolved)] } ?? []))
    }

    @Test("lists a run of down checks that no incident covers")
    func uncovered() {
        let timeline = buildTimeline(checks: Self.checks, now: Self.now)
        #expect(timeline.detectedOutages == [Self.outage])
    }

    @Test(
        "attaches an outage to the incident that names its component, from 30 minutes before the first update",
        arguments: [
            ("2026-11-24T10:02:00Z", true),  // the first update during the outage
            ("2026-11-24T10:20:00Z", true),  // the outage began 19 minutes earlier
            ("2026-11-24T10:31:00Z", true),  // began 30 minutes earlier
            ("2026-11-24T10:32:59Z", true),  // ended 29 min 59 s earlier
            ("2026-11-24T10:33:00Z", false),  // ended 30 minutes earlier
            ("2026-11-24T11:00:00Z", false),
        ])
    func covered(firstUpdate: String, isCovered: Bool) throws {
        let timeline = buildTimeline(
            incidents: [Self.incident(from: firstUpdate)], checks: Self.checks, now: Self.now)
        let incident = try #require(timeline.incident(withID: "a"))
        #expect(incident.detectedOutages == (isCovered ? [Self.outage] : []))
        #expect(timeline.detectedOutages == (isCovered ? [] : [Self.outage]))
    }

    @Test("does not attach an outage to an incident while it was resolved, before it was reopened")
    func reopenedAfter() throws {
        let reopened = makeIncident(
            "a", components: [("api", .partialOutage)],
            updates: [
                ("2026-11-24T08:00:00Z", .investigating), ("2026-11-24T09:00:00Z", .resolved),
                ("2026-11-24T11:00:00Z", .investigating), ("2026-11-24T11:30:00Z", .resolved),
            ])
        let timeline = buildTimeline(incidents: [reopened], checks: Self.checks, now: Self.now)
        #expect(try #require(timeline.incident(withID: "a")).detectedOutages == [])
        #expect(timeline.detectedOutages == [Self.outage])
        // Reopened within 30 minutes of the outage's end, it is the same trouble reported late.
        let soon = makeIncident(
            "a", components: [("api", .partialOutage)],
            updates: [
                ("2026-11-24T08:00:00Z", .investigating), ("2026-11-24T09:00:00Z", .resolved),
                ("2026-11-24T10:20:00Z", .investigating), ("2026-11-24T11:30:00Z", .resolved),
            ])
        let covered = buildTimeline(incidents: [soon], checks: Self.checks, now: Self.now)
        #expect(covered.incident(withID: "a")?.detectedOutages == [Self.outage])
    }

    @Test("does not attach an outage to an incident about another component")
    func otherComponent() {
        let timeline = buildTimeline(
            incidents: [Self.incident(component: "archive", from: "2026-11-24T10:02:00Z")], checks: Self.checks,
            now: Self.now)
        #expect(timeline.incident(withID: "a")?.detectedOutages == [])
        #expect(timeline.detectedOutages == [Self.outage])
    }

    @Test("does not attach an outage to an incident resolved before it began")
    func resolvedBefore() {
        let timeline = buildTimeline(
            incidents: [Self.incident(from: "2026-11-24T09:00:00Z", resolved: "2026-11-24T09:30:00Z")],
            checks: Self.checks,
            now: Self.now)
        #expect(timeline.detectedOutages == [Self.outage])
    }

    @Test("does not attach an outage to a maintenance called off before its window, just after the outage")
    func calledOffMaintenance() {
        let calledOff = makeIncident(
            "m", kind: .maintenance, components: [("api", .underMaintenance)],
            updates: [("2026-11-24T10:10:00Z", .cancelled)],
            window: (starts: "2026-11-25T10:00:00Z", ends: "2026-11-25T12:00:00Z"))
        let timeline = buildTimeline(incidents: [calledOff], checks: Self.checks, now: Self.now)
        #expect(timeline.incident(withID: "m")?.detectedOutages == [])
        #expect(timeline.detectedOutages == [Self.outage])
    }

    @Test("attaches an outage to a resolved incident it overlaps")
    func resolvedAfter() {
        let timeline = buildTimeline(
            incidents: [Self.incident(from: "2026-11-24T10:05:00Z", resolved: "2026-11-24T10:45:00Z")],
            checks: Self.checks,
            now: Self.now)
        #expect(timeline.incident(withID: "a")?.detectedOutages == [Self.outage])
        #expect(timeline.detectedOutages.isEmpty)
    }

    @Test("gives an outage still going on no end")
    func ongoing() throws {
        let checks = makeChecks(
            "api-eu", [("2026-11-24T11:50:00Z", .up), ("2026-11-24T11:55:00Z", .down), ("2026-11-24T11:59:00Z", .down)])
        let ongoing = DetectedOutage(
            monitor: "api-eu", componentIDs: ["api"], start: utc("2026-11-24T11:55:00Z"), end: nil, checks: 2)
        let alone = buildTimeline(checks: checks, now: Self.now)
        #expect(alone.detectedOutages == [ongoing])
        #expect(alone.state(of: "api")?.status == .majorOutage)

        let reported = buildTimeline(
            incidents: [Self.incident(from: "2026-11-24T11:58:00Z")], checks: checks, now: Self.now)
        #expect(reported.incident(withID: "a")?.detectedOutages == [ongoing])
        #expect(reported.detectedOutages.isEmpty)
    }

    @Test("names every component that lists the monitor, and any of them covers the outage")
    func sharedMonitor() {
        let config = makeConfig(components: [
            Component(id: "inbound", name: "Inbound", monitors: ["smtp"]),
            Component(id: "outbound", name: "Outbound", monitors: ["smtp"]),
        ])
        let checks = makeChecks(
            "smtp", [("2026-11-24T10:01:00Z", .down), ("2026-11-24T10:02:00Z", .down), ("2026-11-24T10:03:00Z", .up)])
        let alone = buildTimeline(config: config, checks: checks, now: Self.now)
        #expect(alone.detectedOutages.map(\.componentIDs) == [["inbound", "outbound"]])
        let reported = buildTimeline(
            config: config, incidents: [Self.incident(component: "outbound", from: "2026-11-24T10:10:00Z")],
            checks: checks,
            now: Self.now)
        #expect(reported.incident(withID: "a")?.detectedOutages.count == 1)
        #expect(reported.detectedOutages.isEmpty)
    }

    @Test("lists uncovered outages newest first and leaves out those that ended before the history")
    func orderAndHistory() {
        let checks =
            makeChecks(
                "api-eu",
                [
                    ("2026-11-21T10:00:00Z", .down), ("2026-11-21T10:01:00Z", .down), ("2026-11-21T10:02:00Z", .up),
                    ("2026-11-21T23:58:00Z", .down), ("2026-11-21T23:59:00Z", .down), ("2026-11-22T00:01:00Z", .up),
                    ("2026-11-23T10:00:00Z", .down), ("2026-11-23T10:01:00Z", .down), ("2026-11-23T10:02:00Z", .up),
                ]) + Self.checks
        let timeline = buildTimeline(checks: checks, now: Self.now)
        #expect(
            timeline.detectedOutages.map(\.start) == [
                utc("2026-11-24T10:01:00Z"), utc("2026-11-23T10:00:00Z"), utc("2026-11-21T23:58:00Z"),
            ])
    }

    @Test("takes the minimum run length from the settings and ignores monitors no component lists")
    func settings() {
        let config = makeConfig(monitoring: MonitoringSettings(gapLimit: 600, staleAfter: 900, outageMinimumChecks: 3))
        #expect(buildTimeline(config: config, checks: Self.checks, now: Self.now).detectedOutages.isEmpty)
        let unknown = makeChecks("legacy", [("2026-11-24T10:01:00Z", .down), ("2026-11-24T10:02:00Z", .down)])
        #expect(buildTimeline(checks: unknown, now: Self.now).detectedOutages.isEmpty)
    }

    @Test("attaches an outage to a maintenance under way on its component, but not to an upcoming one")
    func maintenance() {
        let underWay = makeIncident(
            "m", kind: .maintenance, components: [("api", .underMaintenance)], updates: [],
            window: (starts: "2026-11-24T10:00:00Z", ends: "2026-11-24T11:00:00Z"))
        let covered = buildTimeline(incidents: [underWay], checks: Self.checks, now: Self.now)
        #expect(covered.incident(withID: "m")?.detectedOutages == [Self.outage])
        #expect(covered.detectedOutages.isEmpty)

        // An outage going on 20 minutes before a maintenance starts is not the maintenance's doing.
        let upcoming = makeIncident(
            "m", kind: .maintenance, components: [("api", .underMaintenance)], updates: [],
            window: (starts: "2026-11-24T12:10:00Z", ends: "2026-11-24T13:00:00Z"))
        let ongoing = makeChecks("api-eu", [("2026-11-24T11:50:00Z", .down), ("2026-11-24T11:59:00Z", .down)])
        let notCovered = buildTimeline(incidents: [upcoming], checks: ongoing, now: Self.now)
        #expect(notCovered.incident(withID: "m")?.detectedOutages == [])
        #expect(notCovered.detectedOutages.map(\.start) == [utc("2026-11-24T11:50:00Z")])
    }
}
