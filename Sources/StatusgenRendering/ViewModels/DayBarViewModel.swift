import Mustache
import StatusgenModel

/// One day in a component's row of bars.
final class DayBarViewModel: Sendable {
    /// The status class: "operational", …, or "no-data".
    let className: String
    /// What the bar says, for hover and screen readers alike:
    /// "24 Nov 2026: Major outage. 97.22% uptime. Mail flow stopped for UK customers.".
    let label: String

    /// The bar of `day`; for a component without monitors (`isMonitored` false) the label says so.
    init(_ day: ComponentDay, isMonitored: Bool, _ context: RenderingContext) {
        className = day.status?.className ?? "no-data"
        let strings = context.strings
        let date = context.time.day(day.day.start)
        var label: String
        switch (day.status, isMonitored) {
        case (let status?, _):
            let uptime =
                day.uptime.map { strings.text("uptime", ["percent": PercentFormatter.format($0, strings)]) }
                ?? strings.text(isMonitored ? "no_monitoring_data" : "not_monitored")
            label = strings.text("bar_label", ["date": date, "status": status.words(strings), "uptime": uptime])
        case (nil, true):
            label = strings.text("bar_no_data", ["date": date])
        case (nil, false):
            // Nothing watches the component, so a quiet day is only known to have no incident.
            label = strings.text("bar_quiet_unmonitored", ["date": date])
        }
        let titles = day.incidentIDs.compactMap { context.incident(withID: $0)?.incident.title }
        if !titles.isEmpty {
            label = strings.text("bar_incidents", ["label": label, "titles": titles.joined(separator: "; ")])
        }
        self.label = label
    }
}

extension DayBarViewModel: MustacheParent {
    /// The field a template names, as Mustache would find it by reflection: `nil` when there is none or it is `nil`.
    func child(named name: String) -> Any? {
        switch name {
        case "className": return self.className
        case "label": return self.label
        default: return nil
        }
    }
}
