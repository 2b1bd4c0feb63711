import StatusgenCore
import StatusgenModel

/// Writes components, or a whole new `statusgen.yml`, as YAML.
enum ComponentYAML {
    /// The `components:` list entries, indented as in `statusgen.yml`.
    static func entries(_ components: [Component]) -> String {
        var text = ""
        for component in components {
            text += "  - id: \(component.id)\n    name: \(YAMLScalar.write(component.name))\n"
            if let group = component.group { text += "    group: \(YAMLScalar.write(group))\n" }
            if let description = component.description { text += "    description: \(YAMLScalar.write(description))\n" }
        }
        return text
    }

    /// A complete `statusgen.yml`.
    static func config(
        title: String, baseURL: String, description: String?, footer: String? = nil, timeZone: String = "UTC",
        components: [Component]
    ) -> String {
        var text = "title: \(YAMLScalar.write(title))\nbase_url: \(YAMLScalar.write(baseURL))\n"
        if let description { text += "description: \(YAMLScalar.write(description))\n" }
        if let footer { text += "footer: \(YAMLScalar.write(footer))\n" }
        // An empty list written as one, which YAML would otherwise read as no list at all.
        text +=
            "timezone: \(YAMLScalar.write(timeZone))\ncomponents:"
            + (components.isEmpty ? " []\n" : "\n" + entries(components))
        return text
    }
}
