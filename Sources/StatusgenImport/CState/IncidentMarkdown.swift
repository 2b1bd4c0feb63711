import StatusgenCore
import StatusgenModel

/// Writes a converted incident or maintenance as a statusgen incident file.
struct IncidentMarkdown {
    var title: String
    var impact: Impact
    /// Component ids and their statuses, in the order to write them.
    var components: [(id: String, status: ComponentStatus)]
    /// Affected names without a component, kept as text (`affected_text:`).
    var affectedText: [String] = []
    /// The planned window, for a maintenance (`kind: maintenance`).
    var window: (starts: Int64, ends: Int64)?
    var updates: [CStateUpdatePlanner.Update]
    /// The postmortem's Markdown, written last under `## Postmortem`.
    var postmortem: String?

    /// The file's text: front matter, one `## TIME STATUS` section per update, oldest first, and the
    /// postmortem.
    func render() -> String {
        var text = "---\ntitle: \(YAMLScalar.write(title))\n"
        if let window {
            text += "kind: maintenance\n"
            text += "starts: \(CStateUpdatePlanner.timestamp(window.starts))\n"
            text += "ends: \(CStateUpdatePlanner.timestamp(window.ends))\n"
        } else {
            text += "impact: \(impact.rawValue)\n"
        }
        if !components.isEmpty {
            text += "components:\n"
            for component in components { text += "  \(component.id): \(component.status.rawValue)\n" }
        }
        if !affectedText.isEmpty {
            text += "affected_text:\n"
            for name in affectedText { text += "  - \(YAMLScalar.write(name))\n" }
        }
        text += "---\n"
        for update in updates {
            let heading = UpdateHeadingLine.text(
                time: CStateUpdatePlanner.timestamp(update.seconds), status: update.status,
                changes: update.componentChanges)
            text += "\n" + heading + "\n"
            if !update.text.isEmpty { text += update.text + "\n" }
        }
        if let postmortem { text += "\n## Postmortem\n" + postmortem + "\n" }
        return text
    }
}
