import Mustache
import StatusgenModel

/// One component's month in an SLA table, worded for the page.
final class SLARowViewModel: Sendable {
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

    init(_ figures: SLAFigures, of component: Component, month: SiteMonth, _ strings: Strings) {
        id = component.id
        name = component.name
        componentPath = RenderingContext.path(ofComponent: component.id)
        monthTitle = month.title(strings)
        monthPath = month.path
        targetText = figures.target.map { Self.target($0, strings) } ?? strings.text("sla_no_target")
        uptimeText =
            figures.uptime.map { PercentFormatter.format($0, strings) }
            ?? strings.text(component.monitors.isEmpty ? "not_monitored" : "sla_no_data")
        let separator = strings.text("decimal_separator")
        func minutes(_ seconds: Double) -> String {
            strings.text("sla_minutes", ["minutes": MinutesFormatter.format(seconds, separator: separator)])
        }
        downtimeText = figures.uptime != nil ? minutes(figures.downtimeSeconds) : strings.text("sla_none")
        allowedText = figures.allowedDowntimeSeconds.map(minutes) ?? strings.text("sla_none")
        let soFar = month.isInProgress ? "_so_far" : ""
        switch figures.result {
        case .met: resultText = strings.text("sla_met" + soFar)
        case .missed: resultText = strings.text("sla_missed" + soFar)
        case .noTarget: resultText = strings.text("sla_no_target")
        case .noData: resultText = strings.text("sla_no_data")
        }
        resultClass = String(figures.result.rawValue.map { $0 == "_" ? "-" : $0 })
        daysText = strings.text("sla_days", ["days": String(figures.daysWithData), "total": String(figures.days)])
    }

    /// A target as a percentage in the words of `strings`: "99.95%", "99,95 %".
    static func target(_ value: Double, _ strings: Strings) -> String {
        let number = ConfigNumberText.plain(value).map { $0 == "." ? strings.text("decimal_separator") : String($0) }
            .joined()
        return strings.text("percent", ["number": number])
    }
}

extension SLARowViewModel: MustacheParent {
    /// The field a template names, as Mustache would find it by reflection: `nil` when there is none or it is `nil`.
    func child(named name: String) -> Any? {
        switch name {
        case "id": return self.id
        case "name": return self.name
        case "componentPath": return self.componentPath
        case "monthTitle": return self.monthTitle
        case "monthPath": return self.monthPath
        case "targetText": return self.targetText
        case "uptimeText": return self.uptimeText
        case "downtimeText": return self.downtimeText
        case "allowedText": return self.allowedText
        case "resultText": return self.resultText
        case "resultClass": return self.resultClass
        case "daysText": return self.daysText
        default: return nil
        }
    }
}
