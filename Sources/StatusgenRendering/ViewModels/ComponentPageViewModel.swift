import Mustache
import StatusgenModel

/// The page of one component, `components/ID.html`: its status, history, monitors, incidents and SLA.
final class ComponentPageViewModel: TemplatedViewModel {
    static let template = PageTemplate.component
    let page: PageViewModel
    /// The component as the status page shows it: status, description, bars.
    let component: ComponentViewModel
    /// Its group, if it has one.
    let group: String?
    /// "99.95%", "No monitoring data" or "Not monitored".
    let uptime30Days: String
    let uptime90Days: String
    let monitors: [MonitorViewModel]
    let hasMonitors: Bool
    /// The incidents and maintenance that name it, newest first: those that started in the days of the
    /// bars, those still open, and upcoming maintenance. Older ones are in the monthly history.
    let incidents: [IncidentViewModel]
    let hasIncidents: Bool
    /// Whether older incidents that name it were left out.
    let hasOlderIncidents: Bool
    /// "99.95%", or nothing without a target.
    let slaTarget: String?
    /// Its SLA month by month, newest first.
    let slaMonths: [SLARowViewModel]
    /// Its service credit month by month, newest first; empty without a credit schedule.
    let creditMonths: [CreditRowViewModel]
    let hasCredits: Bool
    /// Its credit schedule and how it applies, in words; `nil` without one.
    let creditRules: CreditRulesViewModel?
    /// "Every update of an incident or maintenance that names Webmail:", before the links to its feeds.
    let followText: String
    /// Its feeds, from the site root: "components/ID.rss" and "components/ID.atom".
    let rssPath: String
    let atomPath: String

    init(_ state: ComponentState, _ report: SLAReport, _ context: RenderingContext) {
        let component = state.component
        let strings = context.strings
        self.component = ComponentViewModel(state, context)
        group = component.group.flatMap { $0.isEmpty ? nil : $0 }
        let noFigure = strings.text(component.monitors.isEmpty ? "not_monitored" : "no_monitoring_data")
        uptime30Days = state.uptime30Days.map { PercentFormatter.format($0, strings) } ?? noFigure
        uptime90Days = state.uptime90Days.map { PercentFormatter.format($0, strings) } ?? noFigure
        monitors = state.monitors.map { MonitorViewModel($0, context) }
        hasMonitors = !monitors.isEmpty
        let listed = Self.listedIncidents(of: component, context)
        incidents = listed.recent.map { IncidentViewModel($0, context) }
        hasIncidents = !incidents.isEmpty
        hasOlderIncidents = listed.hasOlder
        slaTarget = component.sla.map {
            strings.text("sla_target_value", ["percent": SLARowViewModel.target($0, strings)])
        }
        slaMonths = report.months.reversed().map {
            SLARowViewModel(report.figures(state, in: $0), of: component, month: $0, strings)
        }
        creditMonths = report.months.reversed().compactMap { month in
            report.credit(state, in: month).map { CreditRowViewModel($0, of: component, month: month, strings) }
        }
        hasCredits = !creditMonths.isEmpty
        creditRules = hasCredits ? CreditRulesViewModel([component], context.config, strings) : nil
        followText = strings.text("follow_component_text", ["component": component.name])
        rssPath = FeedViewModel.path(of: component)
        atomPath = AtomFeedViewModel.path(of: component)
        let config = context.config
        page = PageViewModel(
            context, title: component.name, path: RenderingContext.path(ofComponent: component.id), root: "../",
            summary: strings.text(
                "component_summary",
                ["component": component.name, "status": state.status.words(strings), "uptime": uptime90Days]),
            feeds: [
                FeedLinkViewModel(
                    title: "\(component.name) · \(config.title)", rssURL: context.languageURL + rssPath,
                    atomURL: context.languageURL + atomPath)
            ])
    }

    /// The incidents a component's page lists, in the timeline's order: those that name the component
    /// and started within the status page's days, go on or are to come (the page stays the same size
    /// however long the history, like the status page); and whether other incidents name it.
    static func listedIncidents(of component: Component, _ context: RenderingContext) -> (
        recent: [TimelineIncident], hasOlder: Bool
    ) {
        let named = context.incidents(naming: component.id)
        let timeline = context.timeline
        let historyStart = timeline.days.first?.start ?? timeline.now
        let recent = named.filter {
            $0.startedAt >= historyStart || [.active, .inProgress, .upcoming].contains($0.phase)
        }
        return (recent, recent.count < named.count)
    }
}

extension ComponentPageViewModel: MustacheParent {
    /// The field a template names, as Mustache would find it by reflection: `nil` when there is none or it is `nil`.
    func child(named name: String) -> Any? {
        switch name {
        case "page": return self.page
        case "component": return self.component
        case "group": return self.group
        case "uptime30Days": return self.uptime30Days
        case "uptime90Days": return self.uptime90Days
        case "monitors": return self.monitors
        case "hasMonitors": return self.hasMonitors
        case "incidents": return self.incidents
        case "hasIncidents": return self.hasIncidents
        case "hasOlderIncidents": return self.hasOlderIncidents
        case "slaTarget": return self.slaTarget
        case "slaMonths": return self.slaMonths
        case "followText": return self.followText
        case "rssPath": return self.rssPath
        case "atomPath": return self.atomPath
        case "creditMonths": return self.creditMonths
        case "hasCredits": return self.hasCredits
        case "creditRules": return self.creditRules
        default: return nil
        }
    }
}
