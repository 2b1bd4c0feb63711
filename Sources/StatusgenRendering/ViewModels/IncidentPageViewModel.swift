import StatusgenModel

/// The page of one incident or maintenance, `incidents/ID.html`.
struct IncidentPageViewModel {
    let page: PageViewModel
    let incident: IncidentViewModel

    init(_ item: TimelineIncident, _ context: RenderingContext) {
        incident = IncidentViewModel(item, context)
        page = PageViewModel(context, title: item.incident.title, path: incident.path, root: "../")
    }
}
