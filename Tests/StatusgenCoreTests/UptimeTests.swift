import Foundation
import StatusgenModel
import Testing

@testable import StatusgenCore

@Suite("Time-weighted uptime")
struct UptimeTests {
    /// Seconds covered, down and degraded per day for `checks` over `dayCount` days ending with `now`'s day.
    func totals(
        _ checks: [MonitorCheck], now: String, timeZone: TimeZone = utcZone, dayCount: Int = 1,
        gapLimit: TimeInterval = 600, excluded: [DateInterval] = []
    ) -> [[Double]] {
        let calendar = DayCalendar(timeZone: timeZone, dayCount: dayCount, now: utc(now))
        let totals = MonitorDayTotals(
            runs: history(of: checks).runs(atOrBefore: utc(now)), calendar: calendar, gapLimit: gapLimit, minimumRun: 2,
            excluded: excluded, now: utc(now))
        return totals.days.map { [$0.covered, $0.down, $0.degraded] }
    }

    @Test("lets each check stand until the next one")
    func checksStandUntilTheNext() {
        // Four checks ten minutes apart with a ten-minute gap limit: each stands for 600 s,
        // the last until 10:40 (its gap limit, before now at 11:00).
        let checks = makeChecks(
            "api-eu",
            [
                ("2026-11-24T10:00:00Z", .up), ("2026-11-24T10:10:00Z", .down), ("2026-11-24T10:20:00Z", .up),
                ("2026-11-24T10:30:00Z", .up),
            ])
        #expect(totals(checks, now: "2026-11-24T11:00:00Z") == [[2400, 600, 0]])
    }

    @Test("leaves maintenance windows out: planned work is neither up nor down")
    func maintenanceExcluded() {
        // Checks every 10 minutes from 10:00 to 10:50, down from 10:20 until 10:40: without the window,
        // 3600 s covered and 1200 s down. The maintenance from 10:15 to 10:45 removes 1800 s, which hold
        // all the down time: 1800 s covered, none down.
        let checks = makeChecks(
            "api-eu",
            [
                ("2026-11-24T10:00:00Z", .up), ("2026-11-24T10:10:00Z", .up), ("2026-11-24T10:20:00Z", .down),
                ("2026-11-24T10:30:00Z", .down), ("2026-11-24T10:40:00Z", .up), ("2026-11-24T10:50:00Z", .up),
            ])
        let window = DateInterval(start: utc("2026-11-24T10:15:00Z"), end: utc("2026-11-24T10:45:00Z"))
        #expect(totals(checks, now: "2026-11-24T11:00:00Z", excluded: [window]) == [[1800, 0, 0]])
        #expect(totals(checks, now: "2026-11-24T11:00:00Z") == [[3600, 1200, 0]])
    }

    @Test("counts time beyond the gap limit as no data")
    func gapLimit() {
        // 10:00 up stands 300 s until the next check; 10:05 down stands 600 s (capped at the gap
        // limit, not 55 min until 11:00); 11:00 up stands until now, 180 s.
        let checks = makeChecks(
            "api-eu", [("2026-11-24T10:00:00Z", .up), ("2026-11-24T10:05:00Z", .down), ("2026-11-24T11:00:00Z", .up)])
        #expect(totals(checks, now: "2026-11-24T11:03:00Z") == [[1080, 600, 0]])
    }

    @Test("lets the last check stand until now when now comes before the gap limit")
    func lastCheckUntilNow() {
        let checks = makeChecks("api-eu", [("2026-11-24T10:00:00Z", .down)])
        #expect(totals(checks, now: "2026-11-24T10:04:00Z") == [[240, 240, 0]])
        #expect(totals(checks, now: "2026-11-24T10:00:00Z") == [[0, 0, 0]])
    }

    @Test("counts degraded time separately from down time")
    func degraded() {
        let checks = makeChecks("api-eu", [("2026-11-24T10:00:00Z", .degraded), ("2026-11-24T10:10:00Z", .up)])
        #expect(totals(checks, now: "2026-11-24T10:30:00Z") == [[1200, 0, 600]])
    }

    @Test("splits a check that stands across local midnight between the two days")
    func acrossMidnight() {
        // In London on 24 Oct 2026 midnight is 23:00 UTC: the 22:55 check stands 300 s on each day.
        let checks = makeChecks("api-eu", [("2026-10-24T22:55:00Z", .down), ("2026-10-24T23:05:00Z", .up)])
        #expect(
            totals(checks, now: "2026-10-25T12:00:00Z", timeZone: london, dayCount: 2) == [
                [300, 300, 0], [900, 300, 0],
            ])
    }

    @Test("counts a check at 23:30 UTC on 24 October towards 25 October in London")
    func lateCheckBelongsToNextLocalDay() {
        let checks = makeChecks("api-eu", [("2026-10-24T23:30:00Z", .up)])
        #expect(
            totals(checks, now: "2026-10-25T12:00:00Z", timeZone: london, dayCount: 2) == [[0, 0, 0], [600, 0, 0]])
        #expect(
            totals(checks, now: "2026-10-25T12:00:00Z", timeZone: utcZone, dayCount: 2) == [[600, 0, 0], [0, 0, 0]])
    }

    @Test("covers all 25 hours of 25 October and all 23 hours of 29 March in London")
    func daylightSavingDays() {
        let october = regularChecks(
            "api-eu", from: utc("2026-10-24T23:00:00Z"), to: utc("2026-10-26T00:00:00Z"), every: 600)
        #expect(october.count == 150)
        #expect(
            totals(october, now: "2026-10-26T06:00:00Z", timeZone: london, dayCount: 2) == [
                [90_000, 0, 0], [0, 0, 0],
            ])

        let march = regularChecks(
            "api-eu", from: utc("2026-03-29T00:00:00Z"), to: utc("2026-03-29T23:00:00Z"), every: 600)
        #expect(march.count == 138)
        #expect(
            totals(march, now: "2026-03-30T06:00:00Z", timeZone: london, dayCount: 2) == [[82_800, 0, 0], [0, 0, 0]])
    }

    @Test("gives a component the uptime of its day's coverage, with 25- and 23-hour days in the denominator")
    func componentUptimeOnDaylightSavingDays() {
        let config = makeConfig(timeZone: london, historyDays: 2)
        // Three down checks (30 minutes) in a day checked every ten minutes.
        var october = regularChecks(
            "api-eu", from: utc("2026-10-24T23:00:00Z"), to: utc("2026-10-26T00:00:00Z"), every: 600)
        for index in 60..<63 { october[index].status = .down }
        let autumn = buildTimeline(config: config, checks: october, now: "2026-10-26T06:00:00Z")
        let autumnDay = autumn.state(of: "api")?.days.first
        #expect(autumnDay?.day.date == "2026-10-25")
        #expect(autumnDay?.uptime == (90_000.0 - 1800) / 90_000)
        #expect(autumnDay?.status == .majorOutage)

        var march = regularChecks(
            "api-eu", from: utc("2026-03-29T00:00:00Z"), to: utc("2026-03-29T23:00:00Z"), every: 600)
        for index in 60..<63 { march[index].status = .down }
        let spring = buildTimeline(config: config, checks: march, now: "2026-03-30T06:00:00Z")
        let springDay = spring.state(of: "api")?.days.first
        #expect(springDay?.day.date == "2026-03-29")
        #expect(springDay?.uptime == (82_800.0 - 1800) / 82_800)
    }

    @Test("averages a component's uptime over the monitors that reported that day")
    func averagesMonitors() {
        let checks =
            makeChecks(
                "smtp-uk",
                [
                    ("2026-11-24T10:00:00Z", .up), ("2026-11-24T10:10:00Z", .down), ("2026-11-24T10:20:00Z", .up),
                    ("2026-11-24T10:30:00Z", .up),
                ])
            + makeChecks("smtp-de", [("2026-11-24T10:00:00Z", .up), ("2026-11-24T10:10:00Z", .up)])
            // Only smtp-uk reported on the 23rd: the day is 0 % up, not 50 %.
            + makeChecks("smtp-uk", [("2026-11-23T10:00:00Z", .down), ("2026-11-23T10:10:00Z", .up)])
        let timeline = buildTimeline(checks: checks, now: "2026-11-24T11:00:00Z")
        let days = timeline.state(of: "mail")?.days ?? []
        #expect(days.map(\.day.date) == ["2026-11-22", "2026-11-23", "2026-11-24"])
        // smtp-uk covers 2400 s with 600 down; smtp-de covers 1200 s with none down.
        #expect(days.last?.coveredSeconds == 1800)
        #expect(days.last?.downSeconds == 300)
        #expect(days.last?.uptime == 1500.0 / 1800)
        // The 23rd: 600 s down then 600 s up.
        #expect(days.dropFirst().first?.uptime == 0.5)
        #expect(days.first?.uptime == nil)
        // The whole history: (600 + 1500) up of (1200 + 1800) covered.
        #expect(timeline.state(of: "mail")?.uptime == 2100.0 / 3000)
    }

    @Test("counts degraded time as up time")
    func degradedIsUp() {
        let checks = makeChecks(
            "api-eu",
            [("2026-11-24T10:00:00Z", .degraded), ("2026-11-24T10:10:00Z", .degraded), ("2026-11-24T10:20:00Z", .up)])
        let day = buildTimeline(checks: checks, now: "2026-11-24T10:30:00Z").state(of: "api")?.days.last
        #expect(day?.uptime == 1)
        #expect(day?.degradedSeconds == 1200)
        #expect(day?.status == .degradedPerformance)
    }

    @Test("ignores checks after now")
    func futureChecks() {
        let checks = makeChecks(
            "api-eu", [("2026-11-24T10:00:00Z", .up), ("2026-11-24T10:05:00Z", .up), ("2026-11-24T10:10:00Z", .down)])
        let day = buildTimeline(checks: checks, now: "2026-11-24T10:08:00Z").state(of: "api")?.days.last
        // 10:00 stands 300 s, 10:05 stands until now, 180 s; the 10:10 check is not known yet.
        #expect(day?.coveredSeconds == 480)
        #expect(day?.uptime == 1)
    }

    @Test("gives a component without monitors no uptime")
    func noMonitors() {
        let state = buildTimeline(now: "2026-11-24T12:00:00Z").state(of: "archive")
        #expect(state?.uptime == nil)
        #expect(state?.days.map(\.uptime) == [nil, nil, nil])
    }
}
