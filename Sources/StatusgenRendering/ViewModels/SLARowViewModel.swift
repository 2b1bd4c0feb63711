import StatusgenModel

/// One component's month in an SLA table, worded for the page.
struct SLARowViewModel {
    /// The component's id and name, and its page from the site root.
    let id: String
    let name: String
    let componentPath: String
    /// The month, "November 2026", and its page from the site root.
    let monthTitle: String
    let monthPath: String
    /// "99.95%", or "No target".
    let targetText: String
    /// "99.97%", "No data", or "Not monitored" for a component without monitors.
    let uptimeText: String
    /// "12.5 min", or "–" without monitor data.
    let downtimeText: String
    /// "21.6 min", or "–" without a target or without monitor data.
    let allowedText: String
    /// "Met", "Missed", "No target", "No data"; "Met so far" and "Missed so far" while the month goes on.
    let resultText: String
    /// "met", "missed", "no-target" or "no-data".
    let resultClass: String
    /// "30 of 30".
    let daysText: String

    init(_ figures: SLAFigures, of component: Component, month: SiteMonth) {
        id = component.id
        name = component.name
        componentPath = RenderingContext.path(ofComponent: component.id)
        monthTitle = month.title
        monthPath = month.path
        targetText = figures.target.map { "\(Self.percent($0))%" } ?? "No target"
        uptimeText =
            figures.uptime.map(PercentFormatter.format) ?? (component.monitors.isEmpty ? "Not monitored" : "No data")
        let measured = figures.uptime != nil
        downtimeText = measured ? "\(MinutesFormatter.format(figures.downtimeSeconds)) min" : "–"
        allowedText = figures.allowedDowntimeSeconds.map { "\(MinutesFormatter.format($0)) min" } ?? "–"
        let soFar = month.isInProgress ? " so far" : ""
        switch figures.result {
        case .met: resultText = "Met" + soFar
        case .missed: resultText = "Missed" + soFar
        case .noTarget: resultText = "No target"
        case .noData: resultText = "No data"
        }
        resultClass = String(figures.result.rawValue.map { $0 == "_" ? "-" : $0 })
        daysText = "\(figures.daysWithData) of \(figures.days)"
    }

    /// A target as written, without a trailing ".0": 99.95 is "99.95", 99 is "99".
    static func percent(_ value: Double) -> String {
        value == value.rounded() ? "\(Int(value))" : "\(value)"
    }
}
