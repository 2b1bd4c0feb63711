import Mustache
import StatusgenModel

/// A component status in words, with the class and icon that go with it.
final class StatusViewModel: Sendable {
    let text: String
    /// "operational", "maintenance", "degraded", "partial-outage" or "major-outage".
    let className: String
    // One flag per icon, so that the icon template can pick its shape.
    let isOperational: Bool
    let isUnderMaintenance: Bool
    let isDegraded: Bool
    let isPartialOutage: Bool
    let isMajorOutage: Bool

    init(_ status: ComponentStatus, _ strings: Strings) {
        text = status.words(strings)
        className = status.className
        isOperational = status == .operational
        isUnderMaintenance = status == .underMaintenance
        isDegraded = status == .degradedPerformance
        isPartialOutage = status == .partialOutage
        isMajorOutage = status == .majorOutage
    }
}

extension StatusViewModel: MustacheParent {
    /// The field a template names, as Mustache would find it by reflection: `nil` when there is none or it is `nil`.
    func child(named name: String) -> Any? {
        switch name {
        case "text": return self.text
        case "className": return self.className
        case "isOperational": return self.isOperational
        case "isUnderMaintenance": return self.isUnderMaintenance
        case "isDegraded": return self.isDegraded
        case "isPartialOutage": return self.isPartialOutage
        case "isMajorOutage": return self.isMajorOutage
        default: return nil
        }
    }
}
