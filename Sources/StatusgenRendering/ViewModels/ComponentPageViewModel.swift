import StatusgenModel

/// The page of one component, `components/ID.html`: its status, history, monitors, incidents and SLA.
struct ComponentPageViewModel {
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
    /// The incidents and maintenance that name it, newest first, upcoming maintenance included.
    let incidents: [IncidentViewModel]
    let hasIncidents: Bool
    /// "99.95%", or nothing without a target.
    let slaTarget: String?
    /// Its SLA month by month, newest first.
    let slaMonths: [SLARowViewModel]
    /// Its feeds, from the site root: "components/ID.rss" and "components/ID.atom".
    let rssPath: String
    let atomPath: String

    init(_ state: ComponentState, _ report: SLAReport, _ context: RenderingContext) {
        let component = state.component
        self.component = ComponentViewModel(state, context)
        group = component.group.flatMap { $0.isEmpty ? nil : $0 }
        let noFigure = component.monitors.isEmpty ? "Not monitored" : "No monitoring data"
        uptime30Days = state.uptime30Days.map(PercentFormatter.format) ?? noFigure
        uptime90Days = state.uptime90Days.map(PercentFormatter.format) ?? noFigure
        monitors = state.monitors.map { MonitorViewModel($0, context) }
        hasMonitors = !monitors.isEmpty
        incidents = context.timeline.incidents.filter { item in
            item.incident.components.contains { $0.id == component.id }
        }.map { IncidentViewModel($0, context) }
        hasIncidents = !incidents.isEmpty
        slaTarget = component.sla.map { "\(SLARowViewModel.percent($0))%" }
        slaMonths = report.months.reversed().map {
            SLARowViewModel(report.figures(state, in: $0), of: component, month: $0)
        }
        rssPath = FeedViewModel.path(of: component)
        atomPath = AtomFeedViewModel.path(of: component)
        let config = context.config
        page = PageViewModel(
            context, title: component.name, path: RenderingContext.path(ofComponent: component.id), root: "../",
            summary: "\(component.name): \(state.status.words). Uptime over 90 days: \(uptime90Days).",
            feeds: [
                FeedLinkViewModel(
                    title: "\(component.name) · \(config.title)", rssURL: config.baseURL + rssPath,
                    atomURL: config.baseURL + atomPath)
            ])
    }
}
