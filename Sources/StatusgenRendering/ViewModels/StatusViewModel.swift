import StatusgenModel

/// A status in words, with the class and icon that go with it.
struct StatusViewModel {
    let text: String
    /// "operational", "maintenance", "degraded", "partial-outage", "major-outage" or "no-data".
    let className: String
    // One flag per icon, so that the icon template can pick its shape.
    let isOperational: Bool
    let isMaintenance: Bool
    let isDegraded: Bool
    let isPartialOutage: Bool
    let isMajorOutage: Bool
    let isNoData: Bool

    /// The view of `status`, or of "No data" when there is none.
    init(_ status: ComponentStatus?) {
        text = status?.words ?? "No data"
        className = status?.className ?? "no-data"
        isOperational = status == .operational
        isMaintenance = status == .underMaintenance
        isDegraded = status == .degradedPerformance
        isPartialOutage = status == .partialOutage
        isMajorOutage = status == .majorOutage
        isNoData = status == nil
    }
}
