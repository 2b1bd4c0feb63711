import Foundation
import StatusgenModel
import Testing

@testable import StatusgenRendering

@Suite("Service credits of a month")
struct CreditFiguresTests {
    static let schedule = CreditSchedule(
        tiers: [.init(below: 99.95, credit: 10), .init(below: 99, credit: 25), .init(below: 95, credit: 100)],
        excludeMaintenance: true)

    @Test(
        "a month earns the credit of the lowest tier its uptime is below, none exactly at a threshold",
        arguments: [
            (0.0, nil), (1296.0, nil), (1296.001, 10.0), (25_920.0, 10.0), (25_920.01, 25.0), (129_600.0, 25.0),
            (129_600.5, 100.0), (2_592_000.0, 100.0),
        ] as [(Double, Double?)])
    func tiers(down: Double, credit: Double?) {
        let figures = CreditFigures(SLAReportTests.month(down: down), dayCount: 30, schedule: Self.schedule)
        #expect(figures.tier?.credit == credit)
        #expect(figures.result == (credit == nil ? .none : .credit))
    }

    @Test("maintenance is left out or counted as the schedule says, whatever the SLA report does")
    func maintenance() {
        let month = SLAReportTests.month(
            covered: SLAReportTests.thirtyDays - 3600, down: 0, maintenanceCovered: 3600, maintenanceDown: 3600)
        #expect(CreditFigures(month, dayCount: 30, schedule: Self.schedule).result == .none)
        var counting = Self.schedule
        counting.excludeMaintenance = false
        let included = CreditFigures(month, dayCount: 30, schedule: counting)
        #expect(included.tier?.credit == 10)
        #expect(included.uptime == (SLAReportTests.thirtyDays - 3600) / SLAReportTests.thirtyDays)
    }

    @Test("a month without data claims no credit and says so")
    func noData() {
        let figures = CreditFigures(nil, dayCount: 30, schedule: Self.schedule)
        #expect(figures.result == .noData)
        #expect(figures.uptime == nil)
        let row = CreditRowViewModel(
            figures, of: Component(id: "api", name: "API"), month: SLAReportTests.september, Fixture.english)
        #expect(row.creditText == "No data")
        #expect(row.explanation == "No monitoring data this month: no credit is claimed.")
    }

    @Test("the row states the arithmetic with enough decimals that an uptime never reads as its threshold")
    func wording() {
        let figures = CreditFigures(SLAReportTests.month(down: 1322), dayCount: 30, schedule: Self.schedule)
        let row = CreditRowViewModel(
            figures, of: Component(id: "api", name: "API"), month: SLAReportTests.september, Fixture.english)
        #expect(row.creditText == "10%")
        #expect(row.resultClass == "credit")
        #expect(row.explanation == "Uptime 99.948% is below 99.95%: 10% of the monthly fee.")
        let finer = CreditSchedule(tiers: [.init(below: 99.9995, credit: 5)], excludeMaintenance: true)
        let close = CreditFigures(SLAReportTests.month(down: 12.97), dayCount: 30, schedule: finer)
        let closeRow = CreditRowViewModel(
            close, of: Component(id: "api", name: "API"), month: SLAReportTests.september, Fixture.english)
        #expect(closeRow.explanation == "Uptime 99.9994% is below 99.9995%: 5% of the monthly fee.")
    }
}
