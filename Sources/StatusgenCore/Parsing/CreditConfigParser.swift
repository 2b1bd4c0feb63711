import StatusgenModel
import Yams

/// Checks the `credits:` schedules of `statusgen.yml`, the site's and the components' own, and gives
/// each component the schedule that applies to it.
struct CreditConfigParser {
    let reader: YAMLReader
    let root: Node
    /// The `sla: exclude_maintenance` setting, which a schedule follows unless it says otherwise.
    let excludeMaintenance: Bool

    /// `components` with their schedules: a component's own (`own`, one per component with its index in
    /// `components:`), else the site's when the site's names the component or, naming none, when the
    /// component has monitors.
    func apply(
        site: ConfigFile.CreditsBlock?, own: [(entry: Int, block: ConfigFile.ComponentCreditsBlock?)],
        to components: [Component],
        problems: inout [Diagnostic]
    ) -> [Component] {
        let siteSchedule = site.flatMap {
            schedule($0.tiers, $0.excludeMaintenance, at: [.key("credits")], problems: &problems)
        }
        let ids = components.map(\.id)
        for (index, id) in (site?.components ?? []).enumerated() where !ids.contains(id) {
            problems.append(
                .error(
                    "unknown component '\(id)' in 'credits'" + Suggestion.hint(for: id, among: ids)
                        + ": the components are \(ids.joined(separator: ", "))",
                    at: reader.location(of: [.key("credits"), .key("components"), .index(index)], in: root)))
        }
        return components.enumerated().map { index, component in
            var component = component
            if index < own.count, let block = own[index].block {
                let path: [YAMLReader.PathElement] = [.key("components"), .index(own[index].entry), .key("credits")]
                component.credits = schedule(block.tiers, block.excludeMaintenance, at: path, problems: &problems)
            } else if let named = site?.components {
                component.credits = named.contains(component.id) ? siteSchedule : nil
            } else {
                component.credits = component.monitors.isEmpty ? nil : siteSchedule
            }
            return component
        }
    }

    /// The keys of the schedules that are not known, with their lines.
    func unknownKeys(componentCount: Int) -> [Diagnostic] {
        var problems = keys(
            at: [.key("credits")], allowed: ConfigFile.CreditsBlock.CodingKeys.allCases.map(\.rawValue))
        for index in 0..<componentCount {
            problems += keys(
                at: [.key("components"), .index(index), .key("credits")],
                allowed: ConfigFile.ComponentCreditsBlock.CodingKeys.allCases.map(\.rawValue))
        }
        return problems
    }

    private func keys(at path: [YAMLReader.PathElement], allowed: [String]) -> [Diagnostic] {
        var problems = reader.unknownKeys(at: path, in: root, allowed: allowed)
        let tierCount = reader.node(at: path + [.key("tiers")], in: root)?.sequence?.count ?? 0
        for tier in 0..<tierCount {
            problems += reader.unknownKeys(
                at: path + [.key("tiers"), .index(tier)], in: root,
                allowed: ConfigFile.CreditTierEntry.CodingKeys.allCases.map(\.rawValue))
        }
        return problems
    }

    /// The checked schedule of the block at `path`; `nil` after reporting a problem.
    private func schedule(
        _ entries: [ConfigFile.CreditTierEntry], _ excludes: Bool?, at path: [YAMLReader.PathElement],
        problems: inout [Diagnostic]
    ) -> CreditSchedule? {
        let count = problems.count
        func check(_ condition: Bool, _ message: String, at place: [YAMLReader.PathElement]) {
            if !condition { problems.append(.error(message, at: reader.location(of: path + place, in: root))) }
        }
        check(!entries.isEmpty, "'credits' needs at least one tier in 'tiers'", at: [.key("tiers")])
        for (index, entry) in entries.enumerated() {
            let at: [YAMLReader.PathElement] = [.key("tiers"), .index(index)]
            check(
                entry.below > 0 && entry.below <= 100, "'below' must be a percentage above 0 and at most 100",
                at: at + [.key("below")])
            check(
                entry.credit > 0 && entry.credit <= 100,
                "'credit' must be a percentage of the monthly fee above 0 and at most 100", at: at + [.key("credit")])
            if index > 0 {
                let previous = entries[index - 1].below
                check(
                    entry.below < previous,
                    "'below' must be lower than the tier before it (\(ConfigNumberText.plain(previous))):"
                        + " list the tiers from the highest threshold down", at: at + [.key("below")])
            }
        }
        guard problems.count == count else { return nil }
        return CreditSchedule(
            tiers: entries.map { CreditSchedule.Tier(below: $0.below, credit: $0.credit) },
            excludeMaintenance: excludes ?? excludeMaintenance)
    }
}
