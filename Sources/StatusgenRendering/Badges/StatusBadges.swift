import Foundation
import StatusgenModel

/// The status badges: `badge.svg` for the whole site and `badges/ID.svg` for each component, for
/// READMEs and intranet pages that want to show the status without loading the page.
///
/// The site's badge reads "status" and the page's state as the banner says it (`Timeline.pageState`); a
/// component's reads its name and its status. Both say the status in words in the site's language (in
/// English "operational", "under maintenance", "degraded performance", "partial outage", "major
/// outage"), in shields.io's colours: brightgreen, blue, yellow, orange, red.
struct StatusBadges {
    static let sitePath = "badge.svg"

    let context: RenderingContext

    init(_ context: RenderingContext) {
        self.context = context
    }

    var files: [OutputFile] {
        let strings = context.strings
        let componentBadges = context.timeline.components.map { state in
            file(Self.path(ofComponent: state.id), Self.badge(label: state.component.name, state.status, strings))
        }
        let siteBadge = Self.badge(label: strings.text("badge_label"), context.timeline.pageState, strings)
        return [file(Self.sitePath, siteBadge)] + componentBadges
    }

    /// The path of a component's badge, relative to the site root.
    static func path(ofComponent id: String) -> String {
        "badges/\(id).svg"
    }

    /// A badge saying `status` in the words of `strings` after `label`.
    static func badge(label: String, _ status: ComponentStatus, _ strings: Strings) -> FlatBadge {
        FlatBadge(
            label: label, message: status.badgeWords(strings), color: color(of: status), colon: strings.text("colon"))
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
