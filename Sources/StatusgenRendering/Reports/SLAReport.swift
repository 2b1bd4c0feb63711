import StatusgenModel

/// The SLA figures of every component for every month of the site's history.
struct SLAReport {
    /// Oldest first.
    let months: [SiteMonth]
    let excludeMaintenance: Bool
    private let timeline: Timeline

    init(_ timeline: Timeline) {
        self.timeline = timeline
        months = SiteMonth.months(of: timeline)
        excludeMaintenance = timeline.config.sla.excludeMaintenance
    }

    /// The components, in configuration order.
    var components: [ComponentState] { timeline.components }

    /// `state`'s figures for `month`; a month before the component's record has no data.
    func figures(_ state: ComponentState, in month: SiteMonth) -> SLAFigures {
        SLAFigures(
            state.months.first { $0.month == month.key }, dayCount: month.dayCount, target: state.component.sla,
            excludeMaintenance: excludeMaintenance)
    }

    /// `state`'s service credit for `month`; `nil` for a component without a credit schedule.
    func credit(_ state: ComponentState, in month: SiteMonth) -> CreditFigures? {
        state.component.credits.map {
            CreditFigures(state.months.first { $0.month == month.key }, dayCount: month.dayCount, schedule: $0)
        }
    }

    /// Whether any component has a credit schedule.
    var hasCredits: Bool { components.contains { $0.component.credits != nil } }
}
