import Foundation
import StatusgenModel
import Testing

@testable import StatusgenCore

@Suite("Daily history")
struct DailyHistoryTests {
    static let now = "2026-11-24T12:00:00Z"

    @Test("aligns each component's days with the timeline's days")
    func alignment() {
        let timeline = buildTimeline(now: Self.now)
        #expect(timeline.days.map(\.date) == ["2026-11-22", "2026-11-23", "2026-11-24"])
        for state in timeline.components {
            #expect(state.days.map(\.day) == timeline.days)
        }
    }

    @Test("says nothing about a monitored component's day without data or incidents")
    func noData() {
        let days = buildTimeline(now: Self.now).state(of: "api")?.days ?? []
        #expect(days.map(\.status) == [nil, nil, nil])
        #expect(days.map(\.uptime) == [nil, nil, nil])
        #expect(days.map(\.coveredSeconds) == [0, 0, 0])
    }

    @Test("shows a component without monitors as without data on quiet days and with the incident's status on its days")
    func unmonitored() {
        let incident = makeIncident(
            "2026-11-23-archive", components: [("archive", .partialOutage)],
            updates: [("2026-11-23T10:00:00Z", .investigating), ("2026-11-23T11:00:00Z", .resolved)])
        let days = buildTimeline(incidents: [incident], now: Self.now).state(of: "archive")?.days ?? []
        #expect(days.map(\.status) == [nil, .partialOutage, nil])
        #expect(days.map(\.incidentIDs) == [[], ["2026-11-23-archive"], []])
    }

    @Test("does not count an incident that ended exactly at midnight on the next day")
    func endsAtMidnight() {
        // London is on UTC in November, so local midnight is 00:00Z.
        let incident = makeIncident(
            "2026-11-22-archive", components: [("archive", .majorOutage)],
            updates: [("2026-11-22T22:00:00Z", .investigating), ("2026-11-23T00:00:00Z", .resolved)])
        let days = buildTimeline(incidents: [incident], now: Self.now).state(of: "archive")?.days ?? []
        #expect(days.map(\.status) == [.majorOutage, nil, nil])
        #expect(days.map(\.incidentIDs) == [["2026-11-22-archive"], [], []])
    }

    @Test("shows a monitored component's incident day without data with the incident's status")
    func incidentWithoutData() {
        let incident = makeIncident(
            "a", components: [("api", .degradedPerformance)],
            updates: [("2026-11-23T10:00:00Z", .investigating), ("2026-11-23T11:00:00Z", .resolved)])
        let days = buildTimeline(incidents: [incident], now: Self.now).state(of: "api")?.days ?? []
        #expect(days.map(\.status) == [nil, .degradedPerformance, nil])
        #expect(days.map(\.uptime) == [nil, nil, nil])
    }

    @Test(
        "colours a day by sustained monitor problems: 30 minutes down is a major outage, less a partial one",
        arguments: [
            ([MonitorStatus.up, .up, .up, .up, .up], ComponentStatus.operational),
            ([.up, .degraded, .degraded, .up, .up], .degradedPerformance),
            ([.down, .down, .up, .up, .up], .partialOutage),
            ([.down, .down, .degraded, .degraded, .up], .partialOutage),
            ([.down, .down, .down, .up, .up], .majorOutage),
            // A single failed or slow check lowers uptime but does not colour the day.
            ([.up, .down, .up, .degraded, .up], .operational),
            ([.down, .degraded, .down, .degraded, .up], .operational),
        ])
    func monitorDay(statuses: [MonitorStatus], expected: ComponentStatus) {
        // Checks ten minutes apart, each standing for 600 s.
        let checks = statuses.enumerated().map { index, status in
            MonitorCheck(
                time: utc("2026-11-24T10:00:00Z").addingTimeInterval(Double(index) * 600), monitor: "api-eu",
                status: status)
        }
        let day = buildTimeline(checks: checks, now: Self.now).state(of: "api")?.days.last
        #expect(day?.status == expected)
        let downChecks = statuses.filter { $0 == .down }.count
        #expect(day?.uptime == (3000 - Double(downChecks) * 600) / 3000)
    }

    @Test("takes the run length that makes a problem sustained from the settings")
    func sustainedRunLength() {
        let config = makeConfig(monitoring: MonitoringSettings(gapLimit: 600, staleAfter: 900, outageMinimumChecks: 3))
        let checks = makeChecks(
            "api-eu",
            [
                ("2026-11-24T10:00:00Z", .down), ("2026-11-24T10:10:00Z", .down), ("2026-11-24T10:20:00Z", .up),
                ("2026-11-24T10:30:00Z", .degraded), ("2026-11-24T10:40:00Z", .degraded),
                ("2026-11-24T10:50:00Z", .degraded),
            ])
        let day = buildTimeline(config: config, checks: checks, now: Self.now).state(of: "api")?.days.last
        #expect(day?.status == .degradedPerformance)
        #expect(day?.downSeconds == 1200)
    }

    @Test("counts a run across midnight on both days")
    func runAcrossMidnight() {
        let checks = makeChecks(
            "api-eu", [("2026-11-23T23:50:00Z", .down), ("2026-11-24T00:00:00Z", .down), ("2026-11-24T00:10:00Z", .up)])
        let days = buildTimeline(checks: checks, now: Self.now).state(of: "api")?.days ?? []
        #expect(days.map(\.status) == [nil, .partialOutage, .partialOutage])
    }

    @Test("averages sustained down time over the component's monitors")
    func averagedSustainedDownTime() {
        // smtp-uk is down for 40 minutes, smtp-de never: 20 minutes for the component, a partial outage.
        let down = (0..<4).map { ("2026-11-24T10:\($0)0:00Z", MonitorStatus.down) }
        let checks =
            makeChecks("smtp-uk", down + [("2026-11-24T10:40:00Z", .up)])
            + makeChecks("smtp-de", (0..<5).map { ("2026-11-24T10:\($0)0:00Z", MonitorStatus.up) })
        let day = buildTimeline(checks: checks, now: Self.now).state(of: "mail")?.days.last
        #expect(day?.downSeconds == 1200)
        #expect(day?.status == .partialOutage)
    }

    @Test("takes the worse of the monitors' colour and the incidents of the day")
    func worseOfMonitorsAndIncidents() {
        let checks = makeChecks(
            "api-eu", [("2026-11-24T10:00:00Z", .down), ("2026-11-24T10:10:00Z", .down), ("2026-11-24T10:20:00Z", .up)])
        let minor = makeIncident(
            "a", components: [("api", .degradedPerformance)],
            updates: [("2026-11-24T10:00:00Z", .investigating), ("2026-11-24T10:30:00Z", .resolved)])
        let major = makeIncident(
            "b", components: [("api", .majorOutage)],
            updates: [("2026-11-24T10:05:00Z", .investigating), ("2026-11-24T10:30:00Z", .resolved)])
        #expect(
            buildTimeline(incidents: [minor], checks: checks, now: Self.now).state(of: "api")?.days.last?.status
                == .partialOutage)
        #expect(
            buildTimeline(incidents: [major], checks: checks, now: Self.now).state(of: "api")?.days.last?.status
                == .majorOutage)
    }

    @Test("lists an incident on every day from its start to its end, oldest first, and an open one until today")
    func incidentSpan() {
        let overnight = makeIncident(
            "overnight", components: [("archive", .partialOutage)],
            updates: [("2026-11-22T23:00:00Z", .investigating), ("2026-11-23T01:00:00Z", .resolved)])
        let open = makeIncident(
            "open", components: [("archive", .degradedPerformance)], updates: [("2026-11-23T20:00:00Z", .investigating)]
        )
        let days = buildTimeline(incidents: [open, overnight], now: Self.now).state(of: "archive")?.days ?? []
        #expect(days.map(\.incidentIDs) == [["overnight"], ["overnight", "open"], ["open"]])
        #expect(days.map(\.status) == [.partialOutage, .partialOutage, .degradedPerformance])
    }

    @Test("shows an incident reported only after it was resolved on its day")
    func retroactive() {
        let incident = makeIncident(
            "late-report", components: [("archive", .majorOutage)], updates: [("2026-11-23T10:00:00Z", .resolved)])
        let timeline = buildTimeline(incidents: [incident], now: Self.now)
        #expect(timeline.state(of: "archive")?.days.map(\.status) == [nil, .majorOutage, nil])
        #expect(timeline.state(of: "archive")?.status == .operational)
        #expect(timeline.incident(withID: "late-report")?.duration == 0)
    }

    @Test("counts days in the site's timezone: an incident at 23:30 UTC on 24 October is on 25 October in London")
    func localIncidentDay() {
        let config = makeConfig(timeZone: london, historyDays: 2)
        let incident = makeIncident(
            "late", components: [("archive", .majorOutage)],
            updates: [("2026-10-24T23:30:00Z", .investigating), ("2026-10-24T23:50:00Z", .resolved)])
        let timeline = buildTimeline(config: config, incidents: [incident], now: "2026-10-25T12:00:00Z")
        #expect(timeline.days.map(\.date) == ["2026-10-24", "2026-10-25"])
        #expect(timeline.state(of: "archive")?.days.map(\.status) == [nil, .majorOutage])
    }

    @Test("shows maintenance on its days but not before it starts")
    func maintenanceDays() {
        let running = makeIncident(
            "running", kind: .maintenance, components: [("archive", .underMaintenance)], updates: [],
            window: (starts: "2026-11-24T11:00:00Z", ends: "2026-11-24T13:00:00Z"))
        let upcoming = makeIncident(
            "upcoming", kind: .maintenance, components: [("api", .underMaintenance)], updates: [],
            window: (starts: "2026-11-24T13:00:00Z", ends: "2026-11-24T14:00:00Z"))
        let timeline = buildTimeline(incidents: [running, upcoming], now: Self.now)
        #expect(timeline.state(of: "archive")?.days.last?.status == .underMaintenance)
        #expect(timeline.state(of: "archive")?.days.last?.incidentIDs == ["running"])
        #expect(timeline.state(of: "api")?.days.last?.status == nil)
        #expect(timeline.state(of: "api")?.days.last?.incidentIDs == [])
    }

    @Test("shows no maintenance on the day a maintenance was called off before it began, but on the days it ran")
    func calledOffMaintenance() {
        let window = (starts: "2026-11-26T10:00:00Z", ends: "2026-11-26T12:00:00Z")
        let cancelled = makeIncident(
            "cancelled", kind: .maintenance, components: [("archive", .underMaintenance)],
            updates: [("2026-11-23T09:00:00Z", .cancelled)], window: window)
        let completedEarly = makeIncident(
            "completed-early", kind: .maintenance, components: [("api", .underMaintenance)],
            updates: [("2026-11-23T09:00:00Z", .completed)], window: window)
        let stopped = makeIncident(
            "stopped", kind: .maintenance, components: [("mail", .underMaintenance)],
            updates: [("2026-11-23T10:30:00Z", .cancelled)],
            window: (starts: "2026-11-23T10:00:00Z", ends: "2026-11-23T12:00:00Z"))
        let timeline = buildTimeline(incidents: [cancelled, completedEarly, stopped], now: Self.now)
        for id in ["archive", "api"] {
            let day = timeline.state(of: id)?.days.first { $0.day.start == utc("2026-11-23T00:00:00Z") }
            #expect(day?.status == nil, "\(id)")
            #expect(day?.incidentIDs == [], "\(id)")
        }
        let ran = timeline.state(of: "mail")?.days.first { $0.day.start == utc("2026-11-23T00:00:00Z") }
        #expect(ran?.status == .underMaintenance)
        #expect(ran?.incidentIDs == ["stopped"])
    }

    @Test("orders the timeline's incidents newest first by start")
    func incidentOrder() {
        let first = makeIncident("b-first", components: [], updates: [("2026-11-22T10:00:00Z", .investigating)])
        let second = makeIncident("a-second", components: [], updates: [("2026-11-23T10:00:00Z", .investigating)])
        let sameTime = makeIncident("c-second", components: [], updates: [("2026-11-23T10:00:00Z", .investigating)])
        let timeline = buildTimeline(incidents: [first, second, sameTime], now: Self.now)
        #expect(timeline.incidents.map(\.id) == ["c-second", "a-second", "b-first"])
        #expect(timeline.incident(withID: "b-first")?.startedAt == utc("2026-11-22T10:00:00Z"))
    }
}
