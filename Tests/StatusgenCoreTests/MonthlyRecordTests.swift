import Foundation
import StatusgenModel
import Testing

@testable import StatusgenCore

@Suite("Monthly record and 30/90-day uptime")
struct MonthlyRecordTests {
    @Test("reaches back to the first month with monitor results, beyond the uptime bars")
    func recordStartsWithTheFirstMonthOfData() {
        let checks = regularChecks(
            "api-eu", from: utc("2026-09-30T23:00:00Z"), to: utc("2026-10-01T01:00:00Z"), every: 600)
        let state = buildTimeline(checks: checks, now: "2026-11-24T12:00:00Z").state(of: "api")
        #expect(state?.days.count == 3)
        #expect(state?.months.map(\.month) == ["2026-09", "2026-10", "2026-11"])
        #expect(state?.months.map(\.days.count) == [30, 31, 24])
        #expect(state?.months.map(\.daysWithData) == [1, 1, 0])
        // 23:00 to 01:00 in checks every 10 minutes: the last check stands for its gap limit.
        #expect(state?.months.map(\.coveredSeconds) == [3600, 3600, 0])
    }

    @Test("keeps maintenance time apart so that a report can count it either way")
    func maintenanceKeptApart() {
        let maintenance = makeIncident(
            "2026-11-23-upgrade", kind: .maintenance, components: [("api", .underMaintenance)],
            updates: [("2026-11-23T10:00:00Z", .inProgress), ("2026-11-23T11:00:00Z", .completed)],
            window: (starts: "2026-11-23T10:00:00Z", ends: "2026-11-23T11:00:00Z"))
        let checks =
            regularChecks("api-eu", from: utc("2026-11-23T09:00:00Z"), to: utc("2026-11-23T10:00:00Z"), every: 600)
            + regularChecks(
                "api-eu", from: utc("2026-11-23T10:00:00Z"), to: utc("2026-11-23T10:30:00Z"), every: 600,
                status: .down)
            + regularChecks("api-eu", from: utc("2026-11-23T10:30:00Z"), to: utc("2026-11-23T12:00:00Z"), every: 600)
        let month = buildTimeline(incidents: [maintenance], checks: checks, now: "2026-11-24T12:00:00Z")
            .state(of: "api")?.months.last
        #expect(month?.coveredSeconds == 7200)
        #expect(month?.downSeconds == 0)
        #expect(month?.maintenanceCoveredSeconds == 3600)
        #expect(month?.maintenanceDownSeconds == 1800)
        #expect(month?.uptime == 1)
        #expect(month?.uptimeIncludingMaintenance == (10800.0 - 1800) / 10800)
    }

    @Test("figures 30-day and 90-day uptime over the last days, today included")
    func thirtyAndNinetyDays() {
        // Down for the first hour of 1 Oct (outside 30 days, inside 90), up otherwise.
        let checks =
            regularChecks(
                "api-eu", from: utc("2026-10-01T00:00:00Z"), to: utc("2026-10-01T01:00:00Z"), every: 600,
                status: .down)
            + regularChecks("api-eu", from: utc("2026-10-01T01:00:00Z"), to: utc("2026-11-24T12:00:00Z"), every: 600)
        let state = buildTimeline(checks: checks, now: "2026-11-24T12:00:00Z").state(of: "api")
        #expect(state?.uptime30Days == 1)
        let covered = utc("2026-11-24T12:00:00Z").timeIntervalSince(utc("2026-10-01T00:00:00Z"))
        #expect(state?.uptime90Days == (covered - 3600) / covered)
    }
}
