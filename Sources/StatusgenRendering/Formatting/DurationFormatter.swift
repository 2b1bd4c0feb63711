import Foundation
import StatusgenModel

/// Formats lengths of time in words: "12 min", "2 h 13 min", "3 d 4 h".
enum DurationFormatter {
    /// The duration, truncated to whole minutes; under a minute is "under 1 min".
    static func format(_ seconds: TimeInterval, _ strings: Strings) -> String {
        guard seconds >= 60 else { return strings.text("duration_under_a_minute") }
        let totalMinutes = Int(seconds / 60)
        let days = String(totalMinutes / 1440)
        let hours = totalMinutes % 1440 / 60
        let minutes = totalMinutes % 60
        let parts = ["days": days, "hours": String(hours), "minutes": String(minutes)]
        if totalMinutes >= 1440 { return strings.text(hours > 0 ? "duration_days_hours" : "duration_days", parts) }
        if hours > 0 { return strings.text(minutes > 0 ? "duration_hours_minutes" : "duration_hours", parts) }
        return strings.text("duration_minutes", parts)
    }
}
