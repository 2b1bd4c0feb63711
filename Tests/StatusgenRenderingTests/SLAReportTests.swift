import Foundation
import StatusgenModel
import Testing

@testable import StatusgenRendering

@Suite("SLA arithmetic of the monthly report")
struct SLAReportTests {
    static let thirtyDays = 30.0 * 86_400

    /// A month of 30 days with `covered` seconds of data, `down` of them down, and maintenance time apart.
    static func month(
        covered: Double = thirtyDays, down: Double, daysWithData: Int = 30, maintenanceCovered: Double = 0,
        maintenanceDown: Double = 0
    ) -> ComponentMonth {
        let days = (1...30).map { day in
            let start = Date(timeIntervalSince1970: 1_788_220_800 + Double(day - 1) * 86_400)
            return CalendarDay(date: "2026-09-\(day.zeroPadded(2))", start: start, end: start + 86_400)
        }
        return ComponentMonth(
            month: "2026-09", days: days, daysWithData: daysWithData, coveredSeconds: covered, downSeconds: down,
            degradedSeconds: 0, maintenanceCoveredSeconds: maintenanceCovered, maintenanceDownSeconds: maintenanceDown)
    }

    @Test(
        "a target is met with downtime up to its allowance, exactly at it included, and missed beyond",
        arguments: [
            (99.95, thirtyDays, 1295.0, SLAFigures.Result.met),
            (99.95, thirtyDays, 1296.0, .met),
            (99.95, thirtyDays, 1296.001, .missed),
            (99.9, 1_000_000.0, 1000.0, .met),
            (99.9, 1_000_000.0, 1000.01, .missed),
            (99.0, thirtyDays, 25_920.0, .met),
            (100.0, thirtyDays, 0.0, .met),
            (100.0, thirtyDays, 1.0, .missed),
        ])
    func boundary(target: Double, covered: Double, down: Double, expected: SLAFigures.Result) {
        let figures = SLAFigures(
            Self.month(covered: covered, down: down), dayCount: 30, target: target, excludeMaintenance: true)
        #expect(figures.result == expected)
    }

    @Test("the allowance is the target's share of the measured time: 21.6 min of 30 days at 99.95%")
    func allowance() {
        let figures = SLAFigures(Self.month(down: 1350), dayCount: 30, target: 99.95, excludeMaintenance: true)
        #expect(abs((figures.allowedDowntimeSeconds ?? 0) - 1296) < 1e-6)
        let row = SLARowViewModel(
            figures, of: Component(id: "api", name: "API", sla: 99.95), month: Self.september, Fixture.english)
        #expect(row.allowedText == "21.6 min")
        #expect(row.downtimeText == "22.5 min")
        #expect(row.uptimeText == "99.94%")
        #expect(row.resultText == "Missed")
        #expect(row.resultClass == "missed")
        #expect(row.targetText == "99.95%")
        #expect(row.daysText == "30 of 30")
    }

    @Test("maintenance is left out by default and counted like any other time when configured")
    func maintenance() {
        // An hour of planned work, all of it down, and otherwise no downtime.
        let month = Self.month(
            covered: Self.thirtyDays - 3600, down: 0, maintenanceCovered: 3600, maintenanceDown: 3600)
        let excluded = SLAFigures(month, dayCount: 30, target: 99.95, excludeMaintenance: true)
        #expect(excluded.measuredSeconds == Self.thirtyDays - 3600)
        #expect(excluded.downtimeSeconds == 0)
        #expect(excluded.uptime == 1)
        #expect(excluded.result == .met)
        let included = SLAFigures(month, dayCount: 30, target: 99.95, excludeMaintenance: false)
        #expect(included.measuredSeconds == Self.thirtyDays)
        #expect(included.downtimeSeconds == 3600)
        #expect(included.uptime == (Self.thirtyDays - 3600) / Self.thirtyDays)
        #expect(included.result == .missed)
    }

    @Test("days without data count neither as up nor as down: the allowance shrinks with the measured time")
    func daysWithoutData() {
        // Ten days of data, ten minutes down: 0.05% of ten days is 7.2 minutes.
        let figures = SLAFigures(
            Self.month(covered: 864_000, down: 600, daysWithData: 10), dayCount: 30, target: 99.95,
            excludeMaintenance: true)
        #expect(figures.days == 30)
        #expect(figures.daysWithData == 10)
        #expect(figures.uptime == (864_000.0 - 600) / 864_000)
        #expect(abs((figures.allowedDowntimeSeconds ?? 0) - 432) < 1e-6)
        #expect(figures.result == .missed)
    }

    @Test("a month without data has no uptime and is 'no data' with a target, 'no target' without one")
    func noData() {
        let empty = SLAFigures(nil, dayCount: 31, target: 99.9, excludeMaintenance: true)
        #expect(empty.result == .noData)
        #expect(empty.uptime == nil)
        #expect(empty.days == 31)
        #expect(empty.daysWithData == 0)
        #expect(empty.allowedDowntimeSeconds == nil)
        #expect(SLAFigures(nil, dayCount: 31, target: nil, excludeMaintenance: true).result == .noTarget)
        #expect(
            SLAFigures(Self.month(down: 0), dayCount: 30, target: nil, excludeMaintenance: true).result == .noTarget)
        let row = SLARowViewModel(
            empty, of: Component(id: "api", name: "API", monitors: ["api-eu"], sla: 99.9), month: Self.september,
            Fixture.english)
        #expect(row.uptimeText == "No data")
        let unmonitored = SLARowViewModel(
            empty, of: Component(id: "api", name: "API", sla: 99.9), month: Self.september, Fixture.english)
        #expect(unmonitored.uptimeText == "Not monitored")
        #expect(row.resultText == "No data")
        #expect(row.resultClass == "no-data")
    }

    @Test("the history reaches back ten years at most, whatever the oldest incident says")
    func archiveLimit() {
        var timeline = Fixture.timeline
        timeline.incidents[2].startedAt = Date(timeIntervalSince1970: 0)
        let months = SiteMonth.months(of: timeline)
        #expect(months.count == 120)
        #expect(months.first?.key == "2016-11")
        #expect(months.last?.key == "2026-10")
    }

    @Test("the history runs from the first month with data to the month of the build, which is in progress")
    func monthInProgress() throws {
        var timeline = Fixture.timeline
        timeline.components[0].months = [Self.month(down: 0)]
        let months = SiteMonth.months(of: timeline)
        #expect(months.map(\.key) == ["2026-09", "2026-10"])
        #expect(months.map { $0.title(Fixture.english) } == ["September 2026", "October 2026"])
        #expect(months.map(\.isInProgress) == [false, true])
        // The build is on 27 Oct: 27 days of October have begun.
        #expect(months.map(\.dayCount) == [30, 27])
        let report = SLAReport(timeline)
        let october = try #require(months.last)
        let figures = report.figures(timeline.components[0], in: october)
        #expect(figures.result == .noData)
        let met = SLAFigures(Self.month(down: 0), dayCount: 27, target: 99.95, excludeMaintenance: true)
        #expect(
            SLARowViewModel(met, of: timeline.config.components[0], month: october, Fixture.english).resultText
                == "Met so far")
        let missed = SLAFigures(Self.month(down: 9999), dayCount: 27, target: 99.95, excludeMaintenance: true)
        #expect(
            SLARowViewModel(missed, of: timeline.config.components[0], month: october, Fixture.english).resultText
                == "Missed so far")
    }

    @Test("minutes are rounded half up to the decimals asked for")
    func minutes() {
        #expect(MinutesFormatter.format(1296) == "21.6")
        #expect(MinutesFormatter.format(0) == "0.0")
        #expect(MinutesFormatter.format(3) == "0.1")
        #expect(MinutesFormatter.format(1296, decimals: 2) == "21.60")
        #expect(MinutesFormatter.format(61, decimals: 2) == "1.02")
        #expect(MinutesFormatter.format(7200, decimals: 0) == "120")
    }

    static let september = SiteMonth(
        key: "2026-09", year: 2026, number: 9, start: Date(timeIntervalSince1970: 1_788_220_800),
        end: Date(timeIntervalSince1970: 1_788_220_800 + thirtyDays), isInProgress: false, dayCount: 30)
}
