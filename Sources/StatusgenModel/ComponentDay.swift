import Foundation

/// What happened to one component on one calendar day.
public struct ComponentDay: Sendable, Hashable {
    public var day: CalendarDay
    /// The worst state seen that day; `nil` when there is neither monitor data nor an incident.
    public var status: ComponentStatus?
    /// Time-weighted uptime from monitor results, `nil` without monitor data.
    public var uptime: Double?
    /// Seconds covered by monitor results, and of those, seconds down and degraded.
    public var coveredSeconds: Double
    public var downSeconds: Double
    public var degradedSeconds: Double
    /// Seconds covered by monitor results inside maintenance windows (left out of the figures above),
    /// and of those, seconds down.
    public var maintenanceCoveredSeconds: Double
    public var maintenanceDownSeconds: Double
    /// Incidents and maintenances that touched the component that day, oldest first.
    public var incidentIDs: [String]
    /// The median and 95th percentile response time of the rows of all the component's monitors that day.
    public var latencyP50Ms: Double?
    public var latencyP95Ms: Double?

    public init(
        day: CalendarDay, status: ComponentStatus?, uptime: Double?, coveredSeconds: Double,
        downSeconds: Double, degradedSeconds: Double, maintenanceCoveredSeconds: Double = 0,
        maintenanceDownSeconds: Double = 0, incidentIDs: [String], latencyP50Ms: Double? = nil,
        latencyP95Ms: Double? = nil
    ) {
        self.day = day
        self.status = status
        self.uptime = uptime
        self.coveredSeconds = coveredSeconds
        self.downSeconds = downSeconds
        self.degradedSeconds = degradedSeconds
        self.maintenanceCoveredSeconds = maintenanceCoveredSeconds
        self.maintenanceDownSeconds = maintenanceDownSeconds
        self.incidentIDs = incidentIDs
        self.latencyP50Ms = latencyP50Ms
        self.latencyP95Ms = latencyP95Ms
    }
}
