import Mustache
import StatusgenModel

/// One component's month in a service-credit table, worded for the page.
final class CreditRowViewModel: Sendable {
    /// The component's name and page, and the month's title and page, from the site root.
    let name: String
    let componentPath: String
    let monthTitle: String
    let monthPath: String
    /// "10%", "None", "No data"; "10% so far" and "None so far" while the month goes on.
    let creditText: String
    /// "credit", "none" or "no-data".
    let resultClass: String
    /// The arithmetic in words: "Uptime 99.949% is below 99.95%: 10% of the monthly fee.".
    let explanation: String

    init(_ figures: CreditFigures, of component: Component, month: SiteMonth, _ strings: Strings) {
        name = component.name
        componentPath = RenderingContext.path(ofComponent: component.id)
        monthTitle = month.title(strings)
        monthPath = month.path
        resultClass = String(figures.result.rawValue.map { $0 == "_" ? "-" : $0 })
        let soFar = month.isInProgress ? "_so_far" : ""
        let decimals = max(3, figures.schedule.tiers.map { Self.decimals(of: $0.below) }.max() ?? 0)
        let uptime = figures.uptime.map { PercentFormatter.format($0, decimals: decimals, strings) } ?? ""
        switch (figures.result, figures.tier) {
        case (.credit, let tier?):
            let credit = SLARowViewModel.target(tier.credit, strings)
            creditText = month.isInProgress ? strings.text("credit_so_far", ["credit": credit]) : credit
            explanation = strings.text(
                "credit_reached" + soFar,
                ["uptime": uptime, "below": SLARowViewModel.target(tier.below, strings), "credit": credit])
        case (.noData, _):
            creditText = strings.text("credit_no_data")
            explanation = strings.text("credit_no_data_text" + soFar)
        default:
            let top = figures.schedule.tiers.first.map { SLARowViewModel.target($0.below, strings) } ?? ""
            creditText = strings.text("credit_none" + soFar)
            explanation = strings.text("credit_not_reached" + soFar, ["uptime": uptime, "below": top])
        }
    }

    /// How many decimals a threshold is written with: 99.95 has two, 99 none.
    static func decimals(of value: Double) -> Int {
        let text = ConfigNumberText.plain(value)
        return text.firstIndex(of: ".").map { text.distance(from: $0, to: text.endIndex) - 1 } ?? 0
    }
}

extension CreditRowViewModel: MustacheParent {
    /// The field a template names, as Mustache would find it by reflection: `nil` when there is none or it is `nil`.
    func child(named name: String) -> Any? {
        switch name {
        case "name": return self.name
        case "componentPath": return self.componentPath
        case "monthTitle": return self.monthTitle
        case "monthPath": return self.monthPath
        case "creditText": return self.creditText
        case "resultClass": return self.resultClass
        case "explanation": return self.explanation
        default: return nil
        }
    }
}
