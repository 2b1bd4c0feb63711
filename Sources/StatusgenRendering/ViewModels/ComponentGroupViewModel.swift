import Mustache
import StatusgenModel

/// Components shown under one heading; components without a group form one unnamed group.
final class ComponentGroupViewModel: Sendable {
    /// The group's name, `nil` for the components without one.
    let name: String?
    let components: [ComponentViewModel]

    init(name: String?, components: [ComponentViewModel]) {
        self.name = name
        self.components = components
    }

    /// The groups of `context`'s components, in the order each group is first seen.
    static func groups(_ context: RenderingContext) -> [ComponentGroupViewModel] {
        var names: [String?] = []
        for state in context.timeline.components where !names.contains(state.component.group) {
            names.append(state.component.group)
        }
        return names.map { name in
            let members = context.timeline.components.filter { $0.component.group == name }
            return ComponentGroupViewModel(name: name, components: members.map { ComponentViewModel($0, context) })
        }
    }
}

extension ComponentGroupViewModel: MustacheParent {
    /// The field a template names, as Mustache would find it by reflection: `nil` when there is none or it is `nil`.
    func child(named name: String) -> Any? {
        switch name {
        case "name": return self.name
        case "components": return self.components
        default: return nil
        }
    }
}
