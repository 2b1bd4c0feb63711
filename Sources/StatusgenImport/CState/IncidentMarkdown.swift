import StatusgenCore
import StatusgenModel

/// Writes a converted incident as a statusgen incident file.
struct IncidentMarkdown {
    var title: String
    var impact: Impact
    /// Component ids and their statuses, in the order to write them.
    var components: [(id: String, status: ComponentStatus)]
    var updates: [CStateUpdatePlanner.Update]

    /// The file's text: front matter, then one `## TIME STATUS` section per update, oldest first.
    func render() -> String {
        var text = "---\ntitle: \(YAMLScalar.write(title))\nimpact: \(impact.rawValue)\n"
        if !components.isEmpty {
            text += "components:\n"
            for component in components { text += "  \(component.id): \(component.status.rawValue)\n" }
        }
        text += "---\n"
        for update in updates {
            text += "\n## \(CStateUpdatePlanner.timestamp(update.seconds)) \(update.status.rawValue)\n"
            if !update.text.isEmpty { text += update.text + "\n" }
        }
        return text
    }
}
