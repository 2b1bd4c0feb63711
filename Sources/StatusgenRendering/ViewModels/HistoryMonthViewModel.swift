import Mustache
import StatusgenModel

/// One month of the archive, `history/YYYY-MM.html`: what happened and each component's SLA.
final class HistoryMonthViewModel: TemplatedViewModel {
    static let template = PageTemplate.historyMonth
    let page: PageViewModel
    /// "November 2026".
    let title: String
    /// Whether the month goes on; its figures are then so far.
    let isInProgress: Bool
    /// Incidents and maintenance that started in the month, newest first.
    let incidents: [IncidentViewModel]
    let hasIncidents: Bool
    let maintenances: [IncidentViewModel]
    let hasMaintenances: Bool
    /// Outages found by monitoring in the month that no incident covers, newest first.
    let outages: [DetectedOutageViewModel]
    let hasOutages: Bool
    /// One row per component, in configuration order.
    let sla: [SLARowViewModel]
    /// The rules the table follows.
    let rules: [SLARulesViewModel]
    /// One row per component with a credit schedule, in configuration order; empty without schedules.
    let credits: [CreditRowViewModel]
    let hasCredits: Bool
    /// The credit schedules and how they apply, in words; `nil` without schedules.
    let creditRules: CreditRulesViewModel?
    /// The same table as CSV, from the site root: "history/2026-11.csv".
    let csvPath: String
    /// The months before and after, when there are.
    let previous: MonthLinkViewModel?
    let next: MonthLinkViewModel?
    /// Whether there is a month before or after.
    let hasNeighbours: Bool

    /// The page of `report`'s month at `index`, with what happened in it from `contents`.
    init(_ index: Int, of report: SLAReport, _ contents: MonthContents, _ context: RenderingContext) {
        let strings = context.strings
        let month = report.months[index]
        let started = contents.incidents[index]
        title = month.title(strings)
        isInProgress = month.isInProgress
        page = PageViewModel(
            context, title: strings.text("history_month_title", ["month": title]), path: month.path, root: "../",
            summary: strings.text("history_month_summary", ["month": title]),
            lastUpdated: LastModified.shown(month, started: started, now: context.timeline.now))
        incidents = started.filter { $0.incident.kind == .incident }.map { IncidentViewModel($0, context) }
        hasIncidents = !incidents.isEmpty
        // Planned work later in the month too: "no maintenance" would say the month holds none.
        maintenances = (started.filter { $0.incident.kind == .maintenance } + contents.planned[index]).map {
            IncidentViewModel($0, context)
        }
        hasMaintenances = !maintenances.isEmpty
        outages = contents.outages[index].map { DetectedOutageViewModel($0, context) }
        hasOutages = !outages.isEmpty
        sla = report.components.map {
            SLARowViewModel(report.figures($0, in: month), of: $0.component, month: month, strings)
        }
        rules = SLARulesViewModel.rules(context.config, strings)
        credits = report.components.compactMap { state in
            report.credit(state, in: month).map { CreditRowViewModel($0, of: state.component, month: month, strings) }
        }
        hasCredits = !credits.isEmpty
        creditRules =
            hasCredits ? CreditRulesViewModel(report.components.map(\.component), context.config, strings) : nil
        csvPath = SLACSVRenderer.path(of: month)
        previous = index > 0 ? MonthLinkViewModel(report.months[index - 1], strings) : nil
        next = index + 1 < report.months.count ? MonthLinkViewModel(report.months[index + 1], strings) : nil
        hasNeighbours = previous != nil || next != nil
    }
}

/// A link to a month of the archive.
final class MonthLinkViewModel: Sendable {
    let title: String
    /// From the site root: "history/2026-10.html".
    let path: String

    init(_ month: SiteMonth, _ strings: Strings) {
        title = month.title(strings)
        path = month.path
    }
}

extension HistoryMonthViewModel: MustacheParent {
    /// The field a template names, as Mustache would find it by reflection: `nil` when there is none or it is `nil`.
    func child(named name: String) -> Any? {
        switch name {
        case "page": return self.page
        case "title": return self.title
        case "isInProgress": return self.isInProgress
        case "incidents": return self.incidents
        case "hasIncidents": return self.hasIncidents
        case "maintenances": return self.maintenances
        case "hasMaintenances": return self.hasMaintenances
        case "outages": return self.outages
        case "hasOutages": return self.hasOutages
        case "sla": return self.sla
        case "rules": return self.rules
        case "credits": return self.credits
        case "hasCredits": return self.hasCredits
        case "creditRules": return self.creditRules
        case "csvPath": return self.csvPath
        case "previous": return self.previous
        case "next": return self.next
        case "hasNeighbours": return self.hasNeighbours
        default: return nil
        }
    }
}

extension MonthLinkViewModel: MustacheParent {
    /// The field a template names, as Mustache would find it by reflection: `nil` when there is none or it is `nil`.
    func child(named name: String) -> Any? {
        switch name {
        case "title": return self.title
        case "path": return self.path
        default: return nil
        }
    }
}
