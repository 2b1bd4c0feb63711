import StatusgenModel

/// A component named by an incident, with the status the incident gives it.
struct AffectedComponentViewModel {
    let name: String
    let status: StatusViewModel

    init(_ affected: AffectedComponent, _ context: RenderingContext) {
        name = context.componentName(affected.id)
        status = StatusViewModel(affected.status)
    }
}
