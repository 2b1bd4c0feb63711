extension [TimelineIncident] {
    /// The positions in this array of the incidents that name each component, in the array's order, by
    /// component id; an incident that names a component twice is there once. Made in one pass, so that
    /// what concerns one component is found without looking at every incident of a site of thousands.
    public func positionsNamingEachComponent() -> [String: [Int]] {
        var naming: [String: [Int]] = [:]
        for index in indices {
            let affected = self[index].incident.components
            for (order, component) in affected.enumerated()
            where !affected[..<order].contains(where: { $0.id == component.id }) {
                naming[component.id, default: []].append(index)
            }
        }
        return naming
    }
}
