import StatusgenModel

/// Writes components, or a whole new `statusgen.yml`, as YAML.
enum ComponentYAML {
    /// The `components:` list entries, indented as in `statusgen.yml`.
    static func entries(_ components: [Component]) -> String {
        var text = ""
        for component in components {
            text += "  - id: \(component.id)\n    name: \(YAMLText.scalar(component.name))\n"
            if let group = component.group { text += "    group: \(YAMLText.scalar(group))\n" }
            if let description = component.description { text += "    description: \(YAMLText.scalar(description))\n" }
        }
        return text
    }

    /// A complete `statusgen.yml`.
    static func config(title: String, baseURL: String, description: String?, components: [Component]) -> String {
        var text = "title: \(YAMLText.scalar(title))\nbase_url: \(YAMLText.scalar(baseURL))\n"
        if let description { text += "description: \(YAMLText.scalar(description))\n" }
        text += "timezone: UTC\ncomponents:\n" + entries(components)
        return text
    }
}
