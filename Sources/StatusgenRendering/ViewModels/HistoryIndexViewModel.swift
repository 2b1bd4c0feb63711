import StatusgenModel

/// The archive's front page, `history/index.html`: every month, newest first, in one line each.
struct HistoryIndexViewModel {
    static let path = "history/index.html"

    let page: PageViewModel
    let months: [HistoryMonthSummaryViewModel]

    init(_ report: SLAReport, _ context: RenderingContext) {
        page = PageViewModel(
            context, title: "History", path: Self.path, root: "../",
            summary: "Past incidents, maintenance and monthly uptime against SLA targets.")
        months = report.months.reversed().map { HistoryMonthSummaryViewModel($0, report, context) }
    }
}

/// One month on the archive's front page.
struct HistoryMonthSummaryViewModel {
    /// "November 2026".
    let title: String
    /// From the site root: "history/2026-11.html".
    let path: String
    let isInProgress: Bool
    /// "2 incidents, 1 maintenance. All 7 SLA targets met."
    let summary: String

    init(_ month: SiteMonth, _ report: SLAReport, _ context: RenderingContext) {
        title = month.title
        path = month.path
        isInProgress = month.isInProgress
        let started = context.timeline.incidents.filter { $0.phase != .upcoming && month.contains($0.startedAt) }
        let incidents = started.filter { $0.incident.kind == .incident }.count
        let maintenances = started.count - incidents
        let outages = context.timeline.detectedOutages.filter { month.contains($0.start) }.count
        var happenings = [incidents == 0 ? "No incidents" : Self.count(incidents, "incident", "incidents")]
        if maintenances > 0 { happenings.append(Self.count(maintenances, "maintenance", "maintenances")) }
        if outages > 0 {
            happenings.append(Self.count(outages, "outage detected by monitoring", "outages detected by monitoring"))
        }
        let figures = report.components.map { (name: $0.component.name, figures: report.figures($0, in: month)) }
        let measured = figures.filter { $0.figures.result == .met || $0.figures.result == .missed }
        let missed = measured.filter { $0.figures.result == .missed }.map(\.name)
        let soFar = month.isInProgress ? " so far" : ""
        let sla: String?
        if figures.allSatisfy({ $0.figures.result == .noTarget }) {
            sla = nil
        } else if measured.isEmpty {
            sla = "No monitoring data for the SLA targets."
        } else if missed.isEmpty {
            sla = measured.count == 1 ? "SLA target met\(soFar)." : "All \(measured.count) SLA targets met\(soFar)."
        } else {
            sla = "SLA missed\(soFar): \(missed.joined(separator: ", "))."
        }
        summary = ([happenings.joined(separator: ", ") + "."] + (sla.map { [$0] } ?? [])).joined(separator: " ")
    }

    private static func count(_ number: Int, _ one: String, _ many: String) -> String {
        number == 1 ? "1 \(one)" : "\(number) \(many)"
    }
}
