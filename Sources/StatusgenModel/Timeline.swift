import Foundation

/// Everything a status site says, resolved against one moment (`now`): the model that renderers read.
public struct Timeline: Sendable {
    public var config: SiteConfig
    /// The moment the build describes.
    public var now: Date
    /// Each configured component's state, in configuration order.
    public var components: [ComponentState]
    /// Every incident and maintenance, newest first (by start, then id).
    public var incidents: [TimelineIncident]
    /// Outages found in monitor results that no written incident covers, newest first.
    public var detectedOutages: [DetectedOutage]
    /// The calendar days of the uptime bars, oldest first, ending with today.
    public var days: [CalendarDay]
    /// The days of the list of past incidents, newest first, starting with today.
    public var recentDays: [CalendarDay]
    /// The daily record of every monitor the components list, in the order first listed.
    public var monitors: [MonitorRecord]
    /// The translations of incidents into the site's other languages, sorted by path.
    public var translations: [IncidentTranslation] = []

    public init(
        config: SiteConfig, now: Date, components: [ComponentState], incidents: [TimelineIncident],
        detectedOutages: [DetectedOutage], days: [CalendarDay], recentDays: [CalendarDay],
        monitors: [MonitorRecord] = []
    ) {
        self.config = config
        self.now = now
        self.components = components
        self.incidents = incidents
        self.detectedOutages = detectedOutages
        self.days = days
        self.recentDays = recentDays
        self.monitors = monitors
    }

    /// The worst current component status (the banner also weighs the impact of open incidents).
    public var overallStatus: ComponentStatus {
        components.map(\.status).max() ?? .operational
    }

    /// The incident or maintenance with `id`.
    public func incident(withID id: String) -> TimelineIncident? {
        incidents.first { $0.id == id }
    }
}
