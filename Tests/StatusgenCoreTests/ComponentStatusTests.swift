import Foundation
import StatusgenModel
import Testing

@testable import StatusgenCore

@Suite("Current component status")
struct ComponentStatusTests {
    static let now = "2026-11-24T12:00:00Z"

    func status(
        of id: String, incidents: [Incident] = [], checks: [MonitorCheck] = [], now: String = Self.now,
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) -> ComponentStatus? {
        buildTimeline(incidents: incidents, checks: checks, now: now).state(of: id, sourceLocation: sourceLocation)?
            .status
    }

    static func open(_ id: String, _ components: [(String, ComponentStatus)]) -> Incident {
        makeIncident(id, components: components, updates: [("2026-11-24T11:00:00Z", .investigating)])
    }

    @Test("is operational with nothing to report")
    func quiet() {
        let timeline = buildTimeline(now: Self.now)
        #expect(timeline.components.map(\.status) == [.operational, .operational, .operational])
        #expect(timeline.components.map(\.id) == ["api", "mail", "archive"])
        #expect(timeline.overallStatus == .operational)
    }

    @Test("takes the status an open incident gives the component")
    func openIncident() {
        let incident = Self.open("a", [("archive", .partialOutage)])
        #expect(status(of: "archive", incidents: [incident]) == .partialOutage)
        #expect(status(of: "api", incidents: [incident]) == .operational)
    }

    @Test("takes the worst of several open incidents")
    func worstIncident() {
        let incidents = [
            Self.open("a", [("archive", .degradedPerformance)]), Self.open("b", [("archive", .majorOutage)]),
            Self.open("c", [("archive", .partialOutage)]),
        ]
        #expect(status(of: "archive", incidents: incidents) == .majorOutage)
        #expect(buildTimeline(incidents: incidents, now: Self.now).overallStatus == .majorOutage)
    }

    @Test("ignores resolved incidents")
    func resolvedIncident() {
        let incident = makeIncident(
            "a", components: [("archive", .majorOutage)],
            updates: [("2026-11-24T10:00:00Z", .investigating), ("2026-11-24T11:00:00Z", .resolved)])
        #expect(status(of: "archive", incidents: [incident]) == .operational)
    }

    @Test("ignores updates after now: not yet resolved, or not yet begun")
    func futureUpdates() {
        let resolvesLater = makeIncident(
            "a", components: [("archive", .majorOutage)],
            updates: [("2026-11-24T10:00:00Z", .investigating), ("2026-11-24T13:00:00Z", .resolved)])
        #expect(status(of: "archive", incidents: [resolvesLater]) == .majorOutage)
        let beginsLater = makeIncident(
            "b", components: [("archive", .majorOutage)], updates: [("2026-11-24T12:00:01Z", .investigating)])
        #expect(status(of: "archive", incidents: [beginsLater]) == .operational)
        #expect(buildTimeline(incidents: [beginsLater], now: Self.now).incidents.isEmpty)
    }

    @Test("keeps the status through a note after a resolution")
    func noteAfterResolution() {
        let incident = makeIncident(
            "a", components: [("archive", .majorOutage)],
            updates: [
                ("2026-11-24T10:00:00Z", .investigating), ("2026-11-24T10:30:00Z", .resolved),
                ("2026-11-24T11:00:00Z", .update),
            ])
        #expect(status(of: "archive", incidents: [incident]) == .operational)
    }

    @Test(
        "shows under_maintenance only while a maintenance is in progress",
        arguments: [
            ("2026-11-24T09:59:00Z", ComponentStatus.operational),
            ("2026-11-24T10:00:00Z", .underMaintenance),
            ("2026-11-24T11:59:00Z", .underMaintenance),
            ("2026-11-24T12:00:00Z", .operational),
        ])
    func maintenance(now: String, expected: ComponentStatus) {
        let maintenance = makeIncident(
            "m", kind: .maintenance, components: [("archive", .underMaintenance)], updates: [],
            window: (starts: "2026-11-24T10:00:00Z", ends: "2026-11-24T12:00:00Z"))
        #expect(status(of: "archive", incidents: [maintenance], now: now) == expected)
    }

    @Test("is not under maintenance in the window of a cancelled maintenance, nor after its work stopped")
    func cancelledMaintenance() {
        let window = (starts: "2026-11-24T10:00:00Z", ends: "2026-11-24T12:00:00Z")
        let calledOff = makeIncident(
            "m", kind: .maintenance, components: [("archive", .underMaintenance)],
            updates: [("2026-11-23T09:00:00Z", .cancelled)], window: window)
        #expect(status(of: "archive", incidents: [calledOff], now: "2026-11-24T11:00:00Z") == .operational)
        let stopped = makeIncident(
            "m", kind: .maintenance, components: [("archive", .underMaintenance)],
            updates: [("2026-11-24T10:30:00Z", .cancelled)], window: window)
        #expect(status(of: "archive", incidents: [stopped], now: "2026-11-24T10:29:00Z") == .underMaintenance)
        #expect(status(of: "archive", incidents: [stopped], now: "2026-11-24T11:00:00Z") == .operational)
    }

    @Test(
        "takes fresh monitor results: down is a major outage, degraded is degraded performance",
        arguments: [
            (MonitorStatus.up, ComponentStatus.operational), (.degraded, .degradedPerformance), (.down, .majorOutage),
        ])
    func freshMonitor(latest: MonitorStatus, expected: ComponentStatus) {
        let checks = makeChecks("api-eu", [("2026-11-24T11:50:00Z", .down), ("2026-11-24T11:55:00Z", latest)])
        #expect(status(of: "api", checks: checks) == expected)
    }

    @Test("takes the worst of a component's monitors")
    func worstMonitor() {
        let checks =
            makeChecks("smtp-uk", [("2026-11-24T11:55:00Z", .degraded)])
            + makeChecks("smtp-de", [("2026-11-24T11:58:00Z", .up)])
        #expect(status(of: "mail", checks: checks) == .degradedPerformance)
    }

    @Test("ignores stale monitor results for status and marks the monitor stale")
    func staleMonitor() throws {
        // The stale limit is 15 minutes: a result 15 minutes old is fresh, one a second older is stale.
        let fresh = buildTimeline(checks: makeChecks("api-eu", [("2026-11-24T11:45:00Z", .down)]), now: Self.now)
        #expect(fresh.state(of: "api")?.status == .majorOutage)
        #expect(fresh.state(of: "api")?.monitors.map(\.isStale) == [false])

        let stale = buildTimeline(checks: makeChecks("api-eu", [("2026-11-24T11:44:59Z", .down)]), now: Self.now)
        let state = try #require(stale.state(of: "api"))
        #expect(state.status == .operational)
        #expect(state.hasStaleMonitor)
        #expect(
            state.monitors == [
                MonitorState(
                    name: "api-eu", latest: makeChecks("api-eu", [("2026-11-24T11:44:59Z", .down)]).first, isStale: true
                )
            ])
    }

    @Test("marks a monitor that never reported as stale, and a component without monitors as not")
    func neverReported() throws {
        let timeline = buildTimeline(checks: makeChecks("smtp-uk", [("2026-11-24T11:55:00Z", .up)]), now: Self.now)
        let mail = try #require(timeline.state(of: "mail"))
        #expect(mail.monitors.map(\.name) == ["smtp-uk", "smtp-de"])
        #expect(mail.monitors.map(\.isStale) == [false, true])
        #expect(mail.monitors.last?.latest == nil)
        #expect(mail.status == .operational)
        #expect(timeline.state(of: "archive")?.monitors.isEmpty == true)
        #expect(timeline.state(of: "archive")?.hasStaleMonitor == false)
    }

    @Test("ignores monitor results after now")
    func futureChecks() throws {
        let checks = makeChecks("api-eu", [("2026-11-24T11:55:00Z", .up), ("2026-11-24T12:00:01Z", .down)])
        let state = try #require(buildTimeline(checks: checks, now: Self.now).state(of: "api"))
        #expect(state.status == .operational)
        #expect(state.monitors.first?.latest?.time == utc("2026-11-24T11:55:00Z"))
    }

    @Test("takes the worst of incidents, maintenance and monitors")
    func precedence() {
        let partial = Self.open("a", [("api", .partialOutage)])
        let degraded = Self.open("b", [("api", .degradedPerformance)])
        let maintenance = makeIncident(
            "m", kind: .maintenance, components: [("api", .underMaintenance)], updates: [],
            window: (starts: "2026-11-24T11:00:00Z", ends: "2026-11-24T13:00:00Z"))
        let down = makeChecks("api-eu", [("2026-11-24T11:58:00Z", .down)])
        let slow = makeChecks("api-eu", [("2026-11-24T11:58:00Z", .degraded)])
        let up = makeChecks("api-eu", [("2026-11-24T11:58:00Z", .up)])

        #expect(status(of: "api", incidents: [partial], checks: slow) == .partialOutage)
        #expect(status(of: "api", incidents: [degraded], checks: down) == .majorOutage)
        #expect(status(of: "api", incidents: [maintenance], checks: up) == .underMaintenance)
        #expect(status(of: "api", incidents: [maintenance, degraded], checks: up) == .degradedPerformance)
        #expect(status(of: "api", incidents: [partial], checks: down) == .majorOutage)
    }

    @Test("monitors do not raise a component above a maintenance in progress, but an open incident does")
    func maintenanceHoldsMonitors() {
        let maintenance = makeIncident(
            "m", kind: .maintenance, components: [("api", .underMaintenance)], updates: [],
            window: (starts: "2026-11-24T11:00:00Z", ends: "2026-11-24T13:00:00Z"))
        let down = makeChecks("api-eu", [("2026-11-24T11:58:00Z", .down)])
        #expect(status(of: "api", incidents: [maintenance], checks: down) == .underMaintenance)
        #expect(
            status(of: "api", incidents: [maintenance, Self.open("a", [("api", .majorOutage)])], checks: down)
                == .majorOutage)
    }

    @Test("says the worst component status for the whole page")
    func overall() {
        let timeline = buildTimeline(
            incidents: [Self.open("a", [("archive", .degradedPerformance)])],
            checks: makeChecks("smtp-uk", [("2026-11-24T11:58:00Z", .down)]), now: Self.now)
        #expect(timeline.components.map(\.status) == [.operational, .majorOutage, .degradedPerformance])
        #expect(timeline.overallStatus == .majorOutage)
    }
}
