import Foundation
import StatusgenModel

/// The badges as shields.io endpoint JSON, `api/badge.json` for the whole site and `api/badges/ID.json`
/// for each component, so that a README can show `https://img.shields.io/endpoint?url=...` in shields'
/// own styles: `{"color": "brightgreen", "label": "status", "message": "operational", "schemaVersion": 1}`.
/// The words (in the site's language) and colours are those of the SVG badges.
struct ShieldsEndpoints {
    static let sitePath = "api/badge.json"

    let context: RenderingContext

    init(_ context: RenderingContext) {
        self.context = context
    }

    var files: [OutputFile] {
        let components = context.timeline.components.map { state in
            file(Self.path(ofComponent: state.id), label: state.component.name, state.status)
        }
        let siteLabel = context.strings.text("badge_label")
        return [file(Self.sitePath, label: siteLabel, context.timeline.pageState)] + components
    }

    /// The path of a component's endpoint, relative to the site root.
    static func path(ofComponent id: String) -> String {
        "api/badges/\(id).json"
    }

    /// shields.io's name of the colour `StatusBadges` draws a status in.
    static func colorName(of status: ComponentStatus) -> String {
        switch status {
        case .operational: "brightgreen"
        case .underMaintenance: "blue"
        case .degradedPerformance: "yellow"
        case .partialOutage: "orange"
        case .majorOutage: "red"
        }
    }

    private func file(_ path: String, label: String, _ status: ComponentStatus) -> OutputFile {
        let document = JSONValue.object([
            ("color", .string(Self.colorName(of: status))),
            ("label", .string(label)),
            ("message", .string(status.badgeWords(context.strings))),
            ("schemaVersion", .int(1)),
        ])
        return OutputFile(path: path, contents: document.data())
    }
}
