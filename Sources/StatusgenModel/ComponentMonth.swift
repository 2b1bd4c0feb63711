import Foundation

/// One calendar month of a component's record in the site's timezone: the figures its SLA report
/// is made of. Seconds are averaged over the component's monitors, like its daily figures.
public struct ComponentMonth: Sendable, Hashable {
    /// `YYYY-MM`.
    public var month: String
    /// The month's days that have begun by the build's `now`, oldest first.
    public var days: [CalendarDay]
    /// How many of those days have monitor results.
    public var daysWithData: Int
    /// Seconds covered by monitor results outside maintenance windows, and of those, seconds down and degraded.
    public var coveredSeconds: Double
    public var downSeconds: Double
    public var degradedSeconds: Double
    /// Seconds covered by monitor results inside maintenance windows, and of those, seconds down.
    public var maintenanceCoveredSeconds: Double
    public var maintenanceDownSeconds: Double

    public init(
        month: String, days: [CalendarDay], daysWithData: Int, coveredSeconds: Double, downSeconds: Double,
        degradedSeconds: Double, maintenanceCoveredSeconds: Double, maintenanceDownSeconds: Double
    ) {
        self.month = month
        self.days = days
        self.daysWithData = daysWithData
        self.coveredSeconds = coveredSeconds
        self.downSeconds = downSeconds
        self.degradedSeconds = degradedSeconds
        self.maintenanceCoveredSeconds = maintenanceCoveredSeconds
        self.maintenanceDownSeconds = maintenanceDownSeconds
    }

    /// Time-weighted uptime with maintenance left out, `nil` without monitor data.
    public var uptime: Double? {
        Uptime.fraction(covered: coveredSeconds, down: downSeconds)
    }

    /// Time-weighted uptime with maintenance windows counted like any other time, `nil` without data.
    public var uptimeIncludingMaintenance: Double? {
        Uptime.fraction(
            covered: coveredSeconds + maintenanceCoveredSeconds, down: downSeconds + maintenanceDownSeconds)
    }
}
