import StatusgenCore
import StatusgenModel

/// The statusgen components for a cState site's systems, and the lookup of `affected` names.
///
/// A name becomes a component only when it equals a system's or component's name with case and punctuation
/// aside, or when the operator's map says which component it is: never by a closest match.
struct ComponentCatalogue {
    /// What an `affected` name was read as.
    enum Reading: Equatable {
        case component(String)
        /// No component: the name is kept as text on the incident.
        case text(String)
    }

    /// Components to add: the systems that the existing `statusgen.yml` does not have by name.
    private(set) var newComponents: [Component] = []
    /// Component ids by name key (see `ComponentName.key`), first configured first.
    private var idsByKey: [String: String] = [:]
    private let map: ComponentMap

    init(config: CStateConfig, existing: [Component], map: ComponentMap, warnings: inout [Diagnostic]) {
        self.map = map
        var taken = Set(existing.map(\.id))
        for component in existing where idsByKey[ComponentName.key(component.name)] == nil {
            idsByKey[ComponentName.key(component.name)] = component.id
        }
        let untitled = Set(config.categories.filter(\.untitled).map(\.name))
        for system in config.systems where idsByKey[ComponentName.key(system.name)] == nil {
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
            idsByKey[ComponentName.key(system.name)] = id
            let group = system.category.flatMap { untitled.contains($0) ? nil : $0 }
            newComponents.append(Component(id: id, name: system.name, group: group, description: system.description))
        }
    }

    /// The reading of an `affected` name: the map's answer first, then a system of the same name; otherwise text.
    func reading(of name: String) -> Reading {
        if let entry = map.entry(for: name) {
            return entry.id.map(Reading.component) ?? .text(name)
        }
        return idsByKey[ComponentName.key(name)].map(Reading.component) ?? .text(name)
    }
}
