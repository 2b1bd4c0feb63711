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
}
