import Foundation
import StatusgenModel

/// Instants as Statuspage's API writes them: RFC 3339 in UTC with milliseconds,
/// "2026-11-24T10:52:00.000Z".
enum StatuspageTime {
    static func format(_ date: Date) -> String {
        RFC3339.stringWithMilliseconds(from: date)
    }

    /// The instant as a JSON string, or `null`.
    static func json(_ date: Date?) -> JSONValue {
        .optionalString(date.map(format))
    }
}
