import Foundation
import StatusgenModel

/// The status badges: `badge.svg` for the whole site and `badges/ID.svg` for each component, for
/// READMEs and intranet pages that want to show the status without loading the page.
///
/// The site's badge reads "status" and the page's state as the API's indicator gives it ("operational",
/// "maintenance", "minor outage", "partial outage", "major outage"); a component's reads its name and its
/// status in words. Colours are shields.io's: brightgreen operational, blue maintenance, yellow degraded
/// or minor, orange partial outage, red major outage.
struct StatusBadges {
    static let sitePath = "badge.svg"

    let context: RenderingContext

    init(_ context: RenderingContext) {
        self.context = context
    }

    var files: [OutputFile] {
        let site = StatuspageIndicator(context.timeline)
        let siteBadge: FlatBadge =
            switch site.indicator {
            case .none where site.isMaintenance: FlatBadge(label: "status", message: "maintenance", color: "#007ec6")
            case .none: FlatBadge(label: "status", message: "operational", color: "#4c1")
            case .minor: FlatBadge(label: "status", message: "minor outage", color: "#dfb317")
            case .major: FlatBadge(label: "status", message: "partial outage", color: "#fe7d37")
            case .critical: FlatBadge(label: "status", message: "major outage", color: "#e05d44")
            }
        let componentBadges = context.timeline.components.map { state in
            file(
                Self.path(ofComponent: state.id),
                FlatBadge(
                    label: state.component.name, message: state.status.words.lowercased(),
                    color: Self.color(of: state.status)))
        }
        return [file(Self.sitePath, siteBadge)] + componentBadges
    }

    /// The path of a component's badge, relative to the site root.
    static func path(ofComponent id: String) -> String {
        "badges/\(id).svg"
    }

    /// shields.io's colour for a status.
    static func color(of status: ComponentStatus) -> String {
        switch status {
        case .operational: "#4c1"
        case .underMaintenance: "#007ec6"
        case .degradedPerformance: "#dfb317"
        case .partialOutage: "#fe7d37"
        case .majorOutage: "#e05d44"
        }
    }

    private func file(_ path: String, _ badge: FlatBadge) -> OutputFile {
        OutputFile(path: path, contents: Data(badge.svg.utf8))
    }
}
