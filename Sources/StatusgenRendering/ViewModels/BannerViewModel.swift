import Mustache
import StatusgenModel

/// The one sentence at the top of the status page: the worst current state and who has it.
///
/// The state is the worst of the components' statuses and of what the open incidents stand for
/// (their impact, as `Impact.indicatedStatus` maps it; a maintenance in progress stands for
/// `under_maintenance`, whatever its impact). The sentence names the components at that state, or,
/// when an open incident is worse than every component, the incidents at that state: an incident
/// that names no component still shows on the banner.
final class BannerViewModel: Sendable {
    /// "All systems operational", "Major outage: Inbound mail (SMTP), Webmail", or
    /// "Major outage: Mail flow stopped for UK customers".
    let text: String
    let status: StatusViewModel

    init(_ context: RenderingContext) {
        let timeline = context.timeline
        let strings = context.strings
        let componentWorst = timeline.overallStatus
        let open = timeline.incidents.compactMap { item in
            item.pageStatus.map { (title: item.incident.title, status: $0) }
        }
        if let incidentWorst = open.map(\.status).max(), incidentWorst > componentWorst {
            status = StatusViewModel(incidentWorst, strings)
            let titles = open.filter { $0.status == incidentWorst }.map(\.title)
            text = strings.text(
                "banner_affected",
                ["status": incidentWorst.bannerPrefix(strings), "names": titles.joined(separator: ", ")])
            return
        }
        status = StatusViewModel(componentWorst, strings)
        let names = timeline.components.filter { $0.status == componentWorst }.map(\.component.name)
        if componentWorst == .operational || names.isEmpty {
            text = ComponentStatus.operational.bannerPrefix(strings)
        } else {
            text = strings.text(
                "banner_affected",
                ["status": componentWorst.bannerPrefix(strings), "names": names.joined(separator: ", ")])
        }
    }
}

extension BannerViewModel: MustacheParent {
    /// The field a template names, as Mustache would find it by reflection: `nil` when there is none or it is `nil`.
    func child(named name: String) -> Any? {
        switch name {
        case "text": return self.text
        case "status": return self.status
        default: return nil
        }
    }
}
