import ArgumentParser
import StatusgenBuild
import StatusgenCore
import StatusgenModel

/// A `--component ID=STATUS` argument, checked against the site's components once they are known.
struct ComponentAssignment: ExpressibleByArgument {
    var id: String
    /// The status as typed; `nil` for a bare `ID`, which only a maintenance accepts (under_maintenance).
    var status: String?
    var argument: String

    init?(argument: String) {
        self.argument = argument
        let parts = argument.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
        id = String(parts[0]).trimmingCharacters(in: .whitespaces)
        status = parts.count == 2 ? String(parts[1]).trimmingCharacters(in: .whitespaces) : nil
        guard !id.isEmpty else { return nil }
    }

    /// The components and statuses of `assignments`, refusing an id given twice.
    static func resolve(_ assignments: [ComponentAssignment], componentIDs: [String], kind: IncidentKind) throws
        -> [AffectedComponent]
    {
        let components = try assignments.map { try $0.resolve(componentIDs: componentIDs, kind: kind) }
        for (index, component) in components.enumerated()
        where components[..<index].contains(where: { $0.id == component.id }) {
            throw CommandFailure("--component \(component.id) is given twice")
        }
        return components
    }

    /// The component and status, or a refusal naming the argument, with a "did you mean" for typos.
    func resolve(componentIDs: [String], kind: IncidentKind) throws -> AffectedComponent {
        guard componentIDs.contains(id) else {
            throw CommandFailure(
                "--component \(argument): unknown component '\(id)'" + Suggestion.hint(for: id, among: componentIDs)
                    + "; statusgen.yml lists " + componentIDs.joined(separator: ", "))
        }
        guard let word = status else {
            guard kind == .maintenance else {
                throw CommandFailure(
                    "--component \(argument): give the component's status as ID=STATUS, such as \(id)=major_outage")
            }
            return AffectedComponent(id: id, status: .underMaintenance)
        }
        guard let status = ComponentStatus(rawValue: word) else {
            let words = ComponentStatus.allCases.map(\.rawValue)
            throw CommandFailure(
                "--component \(argument): unknown status '\(word)': expected one of \(words.joined(separator: ", "))"
                    + Suggestion.hint(for: word, among: words))
        }
        return AffectedComponent(id: id, status: status)
    }
}
