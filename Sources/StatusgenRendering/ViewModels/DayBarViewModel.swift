import StatusgenModel

/// One day in a component's row of bars.
struct DayBarViewModel {
    /// The status class: "operational", …, or "no-data".
    let className: String
    /// What the bar says, for hover and screen readers alike:
    /// "24 Nov 2026: Major outage. 97.22% uptime. Mail flow stopped for UK customers.".
    let label: String

    /// The bar of `day`; for a component without monitors (`isMonitored` false) the label says so.
    init(_ day: ComponentDay, isMonitored: Bool, _ context: RenderingContext) {
        className = day.status?.className ?? "no-data"
        var label = context.time.day(day.day.start) + ": "
        switch (day.status, isMonitored) {
        case (let status?, _):
            let uptime =
                day.uptime.map { "\(PercentFormatter.format($0)) uptime" }
                ?? (isMonitored ? "No monitoring data" : "Not monitored")
            label += "\(status.words). \(uptime)."
        case (nil, true):
            label += "No data."
        case (nil, false):
            // Nothing watches the component, so a quiet day is only known to have no incident.
            label += "No incidents reported. Not monitored."
        }
        let titles = day.incidentIDs.compactMap { context.incident(withID: $0)?.incident.title }
        if !titles.isEmpty {
            label += " " + titles.joined(separator: "; ") + "."
        }
        self.label = label
    }
}
