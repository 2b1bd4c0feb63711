import Mustache
import StatusgenModel

/// A component named by an incident, with the status the incident gives it.
final class AffectedComponentViewModel: Sendable {
    let name: String
    let status: StatusViewModel
    /// For a maintenance that has not started, the status as a plan, so that it does not read as the
    /// component's current status: "will be under maintenance"; for a cancelled one, that it is not
    /// affected. `nil` otherwise.
    let planned: String?
    /// For a resolved incident or a completed maintenance, the status as something over, so that it
    /// does not read as the component's current status either: "was under maintenance". `nil` otherwise.
    let past: String?

    init(_ affected: AffectedComponent, phase: IncidentPhase, isCancelled: Bool = false, _ context: RenderingContext) {
        name = context.componentName(affected.id)
        status = StatusViewModel(affected.status, context.strings)
        planned =
            isCancelled
            ? context.strings.text("component_cancelled")
            : phase == .upcoming ? affected.status.plannedWords(context.strings) : nil
        let isOver = !isCancelled && (phase == .resolved || phase == .completed)
        past = isOver ? affected.status.pastWords(context.strings) : nil
    }
}

extension AffectedComponentViewModel: MustacheParent {
    /// The field a template names, as Mustache would find it by reflection: `nil` when there is none or it is `nil`.
    func child(named name: String) -> Any? {
        switch name {
        case "name": return self.name
        case "status": return self.status
        case "planned": return self.planned
        case "past": return self.past
        default: return nil
        }
    }
}
