import StatusgenModel

/// The statusgen components for a Statuspage page's components: groups become the `group` of their members,
/// and a component the site already has (by name, case and punctuation aside) keeps its id.
struct StatuspageComponents {
    /// Components to add to the site.
    private(set) var new: [Component] = []
    /// statusgen ids by Statuspage component id.
    private var ids: [String: String] = [:]
    /// statusgen ids by name key, for components that updates name but the summary does not list.
    private var idsByName: [String: String] = [:]

    init(_ components: [StatuspagePayload.Component], existing: [Component]) {
        var taken = Set(existing.map(\.id))
        for component in existing { idsByName[ComponentName.key(component.name)] = component.id }
        let groups = Dictionary(
            components.filter { $0.group == true }.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        let members = components.filter { $0.group != true }
            .sorted { ($0.position ?? 0, $0.name) < ($1.position ?? 0, $1.name) }
        for component in members {
            let key = ComponentName.key(component.name)
            if let id = idsByName[key] {
                ids[component.id] = id
                continue
            }
            let base = Slug.make(component.name)
            let id = Slug.unique(base.isEmpty ? "component" : base, avoiding: taken)
            taken.insert(id)
            ids[component.id] = id
            idsByName[key] = id
            new.append(
                Component(
                    id: id, name: component.name, group: component.groupID.flatMap { groups[$0] },
                    description: component.description.flatMap { $0.isEmpty ? nil : $0 }))
        }
    }

    /// The statusgen id of a component an incident or update names, by its Statuspage id, else by its name.
    func id(code: String, name: String?) -> String? {
        ids[code] ?? name.flatMap { idsByName[ComponentName.key($0)] }
    }
}
