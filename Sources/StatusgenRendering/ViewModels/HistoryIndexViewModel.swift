import Mustache
import StatusgenModel

/// The archive's front page, `history/index.html`: every month, newest first, in one line each.
final class HistoryIndexViewModel: TemplatedViewModel {
    static let template = PageTemplate.history
    static let path = "history/index.html"

    let page: PageViewModel
    let months: [HistoryMonthSummaryViewModel]

    init(_ report: SLAReport, _ contents: MonthContents, _ context: RenderingContext) {
        page = PageViewModel(
            context, title: context.strings.text("history"), path: Self.path, root: "../",
            summary: context.strings.text("history_summary"))
        months = report.months.indices.reversed().map {
            HistoryMonthSummaryViewModel($0, of: report, contents, context)
        }
    }
}

/// One month on the archive's front page.
final class HistoryMonthSummaryViewModel: Sendable {
    /// "November 2026".
    let title: String
    /// From the site root: "history/2026-11.html".
    let path: String
    let isInProgress: Bool
    /// "2 incidents, 1 maintenance. All 7 SLA targets met."
    let summary: String

    init(_ index: Int, of report: SLAReport, _ contents: MonthContents, _ context: RenderingContext) {
        let month = report.months[index]
        let strings = context.strings
        title = month.title(strings)
        path = month.path
        isInProgress = month.isInProgress
        let started = contents.incidents[index]
        let incidents = started.filter { $0.incident.kind == .incident }.count
        let maintenances = started.count - incidents
        let outages = contents.outages[index].count
        var happenings = [
            incidents == 0
                ? strings.text("summary_no_incidents") : strings.plural("summary_incidents", count: incidents)
        ]
        if maintenances > 0 { happenings.append(strings.plural("summary_maintenances", count: maintenances)) }
        if outages > 0 { happenings.append(strings.plural("summary_outages", count: outages)) }
        let figures = report.components.map { (name: $0.component.name, figures: report.figures($0, in: month)) }
        let measured = figures.filter { $0.figures.result == .met || $0.figures.result == .missed }
        let missed = measured.filter { $0.figures.result == .missed }.map(\.name)
        let soFar = month.isInProgress ? "_so_far" : ""
        var sentences = [strings.text("summary_happenings", ["list": happenings.joined(separator: ", ")])]
        if figures.allSatisfy({ $0.figures.result == .noTarget }) {
            // No component has a target: nothing to say about SLAs.
        } else if measured.isEmpty {
            sentences.append(strings.text("summary_sla_no_data"))
        } else if missed.isEmpty {
            sentences.append(strings.plural("summary_sla_met" + soFar, count: measured.count))
        } else {
            sentences.append(strings.text("summary_sla_missed" + soFar, ["names": missed.joined(separator: ", ")]))
        }
        summary = sentences.joined(separator: " ")
    }
}

extension HistoryIndexViewModel: MustacheParent {
    /// The field a template names, as Mustache would find it by reflection: `nil` when there is none or it is `nil`.
    func child(named name: String) -> Any? {
        switch name {
        case "page": return self.page
        case "months": return self.months
        default: return nil
        }
    }
}

extension HistoryMonthSummaryViewModel: MustacheParent {
    /// The field a template names, as Mustache would find it by reflection: `nil` when there is none or it is `nil`.
    func child(named name: String) -> Any? {
        switch name {
        case "title": return self.title
        case "path": return self.path
        case "isInProgress": return self.isInProgress
        case "summary": return self.summary
        default: return nil
        }
    }
}
