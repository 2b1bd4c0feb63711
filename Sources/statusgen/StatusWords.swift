import StatusgenBuild
import StatusgenCore
import StatusgenModel

/// The update status words each kind of file may use, and the refusal of any other word.
enum StatusWords {
    static func allowed(for kind: IncidentKind) -> [UpdateStatus] {
        kind == .maintenance ? UpdateStatus.maintenanceStatuses : UpdateStatus.incidentStatuses
    }

    /// The status `word` names, if `allowed` holds it; otherwise a refusal listing the words there are.
    static func parse(_ word: String, allowed: [UpdateStatus], kind: IncidentKind) throws -> UpdateStatus {
        guard let status = UpdateStatus(rawValue: word), allowed.contains(status) else {
            let words = allowed.map(\.rawValue)
            let kindName = kind == .maintenance ? "a maintenance" : "an incident"
            throw CommandFailure(
                "--status: '\(word)' is not a status for \(kindName): expected one of \(words.joined(separator: ", "))"
                    + Suggestion.hint(for: word, among: words))
        }
        return status
    }
}
