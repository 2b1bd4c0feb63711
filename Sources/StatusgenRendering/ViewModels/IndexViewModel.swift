import Mustache
import StatusgenModel

/// The status page, `index.html`.
final class IndexViewModel: TemplatedViewModel {
    static let template = PageTemplate.index
    static let path = "index.html"

    let page: PageViewModel
    let banner: BannerViewModel
    /// Unresolved incidents, newest first.
    let activeIncidents: [IncidentViewModel]
    let hasActiveIncidents: Bool
    /// Maintenance under way, then upcoming maintenance, soonest first.
    let maintenances: [IncidentViewModel]
    let hasMaintenances: Bool
    let groups: [ComponentGroupViewModel]
    let pastDays: [PastDayViewModel]

    init(_ context: RenderingContext) {
        let incidents = context.timeline.incidents
        page = PageViewModel(context, title: nil, path: "", root: "")
        banner = BannerViewModel(context)
        activeIncidents = incidents.filter { $0.phase == .active }.map { IncidentViewModel($0, context) }
        hasActiveIncidents = !activeIncidents.isEmpty
        let upcoming = incidents.filter { $0.phase == .upcoming }.sorted {
            ($0.startedAt, $0.id) < ($1.startedAt, $1.id)
        }
        maintenances = (incidents.filter { $0.phase == .inProgress } + upcoming).map { IncidentViewModel($0, context) }
        hasMaintenances = !maintenances.isEmpty
        groups = ComponentGroupViewModel.groups(context)
        pastDays = PastDayViewModel.days(context)
    }
}

extension IndexViewModel: MustacheParent {
    /// The field a template names, as Mustache would find it by reflection: `nil` when there is none or it is `nil`.
    func child(named name: String) -> Any? {
        switch name {
        case "page": return self.page
        case "banner": return self.banner
        case "activeIncidents": return self.activeIncidents
        case "hasActiveIncidents": return self.hasActiveIncidents
        case "maintenances": return self.maintenances
        case "hasMaintenances": return self.hasMaintenances
        case "groups": return self.groups
        case "pastDays": return self.pastDays
        default: return nil
        }
    }
}
