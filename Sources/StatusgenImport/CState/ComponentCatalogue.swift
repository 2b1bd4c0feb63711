import StatusgenCore
import StatusgenModel

/// The statusgen components for a cState site's systems, and the lookup of `affected` names.
struct ComponentCatalogue {
    /// Components to add: the systems that the existing `statusgen.yml` does not have by name.
    private(set) var newComponents: [Component] = []
    /// System and component names and their ids.
    private var idsByName: [String: String] = [:]
    /// The names in the order they were configured, for suggestions.
    private var names: [String] = []

    init(config: CStateConfig, existing: [Component], warnings: inout [Diagnostic]) {
        var taken = Set(existing.map(\.id))
        for component in existing where idsByName[component.name] == nil {
            idsByName[component.name] = component.id
            names.append(component.name)
        }
        let untitled = Set(config.categories.filter(\.untitled).map(\.name))
        for system in config.systems where idsByName[system.name] == nil {
            var base = Slug.make(system.name)
            if base.isEmpty {
                base = "component"
            }
            let id = Slug.unique(base, avoiding: taken)
            if id != base || base == "component" {
                warnings.append(
                    .warning("system '\(system.name)' becomes component id '\(id)'", at: system.location))
            }
            taken.insert(id)
            idsByName[system.name] = id
            names.append(system.name)
            let group = system.category.flatMap { untitled.contains($0) ? nil : $0 }
            newComponents.append(Component(id: id, name: system.name, group: group, description: system.description))
        }
    }

    /// The component id for an `affected` name: exact, else ignoring case, else the closest name (warned);
    /// `nil` (warned) when no system is close.
    func id(for name: CStateIssue.Located<String>, warnings: inout [Diagnostic]) -> String? {
        if let id = idsByName[name.value] { return id }
        if let match = names.first(where: { $0.lowercased() == name.value.lowercased() }), let id = idsByName[match] {
            warnings.append(
                .warning(
                    "affected '\(name.value)' read as system '\(match)' (cState itself matches names with case)",
                    at: name.location))
            return id
        }
        if let match = Suggestion.closest(to: name.value, among: names), let id = idsByName[match] {
            warnings.append(.warning("affected '\(name.value)' read as system '\(match)'", at: name.location))
            return id
        }
        warnings.append(
            .warning("affected '\(name.value)' is not a system in config.yml: left out", at: name.location))
        return nil
    }
}
