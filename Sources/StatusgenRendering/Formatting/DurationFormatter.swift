import Foundation

/// Formats lengths of time in words: "12 min", "2 h 13 min", "3 d 4 h".
enum DurationFormatter {
    /// The duration, truncated to whole minutes; under a minute is "under 1 min".
    static func format(_ seconds: TimeInterval) -> String {
        guard seconds >= 60 else { return "under 1 min" }
        let totalMinutes = Int(seconds / 60)
        let days = totalMinutes / 1440
        let hours = totalMinutes % 1440 / 60
        let minutes = totalMinutes % 60
        if days > 0 { return hours > 0 ? "\(days) d \(hours) h" : "\(days) d" }
        if hours > 0 { return minutes > 0 ? "\(hours) h \(minutes) min" : "\(hours) h" }
        return "\(minutes) min"
    }
}
