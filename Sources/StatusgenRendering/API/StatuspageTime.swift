import Foundation

/// Instants as Statuspage's API writes them: RFC 3339 in UTC with milliseconds,
/// "2026-11-24T10:52:00.000Z".
enum StatuspageTime {
    static func format(_ date: Date) -> String {
        let milliseconds = Int((date.timeIntervalSince1970 * 1000).rounded(.down))
        let fraction = ((milliseconds % 1000) + 1000) % 1000
        let seconds = UTCTimestampFormatter.rfc3339(date).dropLast()
        return "\(seconds).\(fraction.zeroPadded(3))Z"
    }

    /// The instant as a JSON string, or `null`.
    static func json(_ date: Date?) -> JSONValue {
        .optionalString(date.map(format))
    }
}
