import Mustache
import StatusgenModel

/// The page of one incident or maintenance, `incidents/ID.html`.
final class IncidentPageViewModel: TemplatedViewModel {
    static let template = PageTemplate.incident
    let page: PageViewModel
    let incident: IncidentViewModel

    init(_ item: TimelineIncident, _ context: RenderingContext) {
        incident = IncidentViewModel(item, context)
        let affects = incident.hasComponents ? " · \(context.strings.text("affects")) \(incident.componentNames)" : ""
        page = PageViewModel(
            context, title: item.incident.title, path: incident.path, root: "../",
            summary: "\(incident.statusText) · \(incident.impactText)\(affects)", type: "article",
            lastUpdated: LastModified.shown(item, now: context.timeline.now))
    }
}

extension IncidentPageViewModel: MustacheParent {
    /// The field a template names, as Mustache would find it by reflection: `nil` when there is none or it is `nil`.
    func child(named name: String) -> Any? {
        switch name {
        case "page": return self.page
        case "incident": return self.incident
        default: return nil
        }
    }
}
