import Mustache
import StatusgenModel

/// One rule of the SLA report, as the month's page states it: a term and what it means.
final class SLARulesViewModel: Sendable {
    /// "Downtime".
    let term: String
    /// "is the time the component's monitors reported it down. …".
    let text: String

    init(term: String, text: String) {
        self.term = term
        self.text = text
    }

    /// The rules for `config`: downtime, maintenance (left out or counted, as configured), days
    /// without data, and the allowance.
    static func rules(_ config: SiteConfig, _ strings: Strings) -> [SLARulesViewModel] {
        let minutes = config.monitoring.gapLimit / 60
        let gap =
            minutes == minutes.rounded()
            ? strings.plural("minutes_count", count: Int(minutes))
            : strings.text("minutes_count_other", ["count": "\(minutes)"])
        let maintenance =
            config.sla.excludeMaintenance ? "sla_rule_maintenance_excluded" : "sla_rule_maintenance_included"
        return [
            SLARulesViewModel(
                term: strings.text("sla_rule_downtime_term"), text: strings.text("sla_rule_downtime", ["gap": gap])),
            SLARulesViewModel(term: strings.text("sla_rule_maintenance_term"), text: strings.text(maintenance)),
            SLARulesViewModel(term: strings.text("sla_rule_no_data_term"), text: strings.text("sla_rule_no_data")),
            SLARulesViewModel(term: strings.text("sla_rule_allowed_term"), text: strings.text("sla_rule_allowed")),
        ]
    }
}

extension SLARulesViewModel: MustacheParent {
    /// The field a template names, as Mustache would find it by reflection: `nil` when there is none or it is `nil`.
    func child(named name: String) -> Any? {
        switch name {
        case "term": return self.term
        case "text": return self.text
        default: return nil
        }
    }
}
