import Foundation

/// Checks the monitor names that importers take from other tools.
enum MonitorName {
    /// Why `name` cannot be a monitor name in a CSV row, or `nil` when it can.
    static func problem(_ name: String) -> String? {
        if name.trimmingCharacters(in: .whitespaces).isEmpty { return "the monitor name is empty" }
        if name.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
            return "the monitor name '\(name.debugDescription.dropFirst().dropLast())' holds a control character"
        }
        return nil
    }
}
