import Mustache
import StatusgenModel

/// The service-credit rules in words, as the month's and the component's pages state them.
final class CreditRulesViewModel: Sendable {
    /// One sentence per schedule, naming its components: "Website, API: uptime below 99.95% earns 10% of
    /// the monthly fee; below 99% earns 25%. Maintenance windows are left out.".
    let schedules: [String]
    /// How months are measured and tiers applied: calendar months in the site's zone, not cumulative.
    let general: String

    /// The rules of the schedules of `components`, grouped by schedule in configuration order.
    init(_ components: [Component], _ config: SiteConfig, _ strings: Strings) {
        var groups: [(schedule: CreditSchedule, names: [String])] = []
        for component in components {
            guard let schedule = component.credits else { continue }
            if let index = groups.firstIndex(where: { $0.schedule == schedule }) {
                groups[index].names.append(component.name)
            } else {
                groups.append((schedule, [component.name]))
            }
        }
        schedules = groups.map { group in
            let tiers = group.schedule.tiers.enumerated().map { index, tier in
                strings.text(
                    index == 0 ? "credit_rule_first_tier" : "credit_rule_tier",
                    [
                        "below": SLARowViewModel.target(tier.below, strings),
                        "credit": SLARowViewModel.target(tier.credit, strings),
                    ])
            }
            return strings.text(
                group.schedule.excludeMaintenance
                    ? "credit_rule_schedule_maintenance_excluded" : "credit_rule_schedule_maintenance_included",
                [
                    "components": group.names.joined(separator: ", "),
                    "tiers": tiers.joined(separator: strings.text("credit_rule_tier_separator")),
                ])
        }
        general = strings.text("credit_rule_general", ["zone": config.timeZoneName])
    }
}

extension CreditRulesViewModel: MustacheParent {
    /// The field a template names, as Mustache would find it by reflection: `nil` when there is none or it is `nil`.
    func child(named name: String) -> Any? {
        switch name {
        case "schedules": return self.schedules
        case "general": return self.general
        default: return nil
        }
    }
}
