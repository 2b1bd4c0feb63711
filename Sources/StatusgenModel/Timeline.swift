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

    public init(
        config: SiteConfig, now: Date, components: [ComponentState], incidents: [TimelineIncident],
        detectedOutages: [DetectedOutage], days: [CalendarDay]
    ) {
        self.config = config
        self.now = now
        self.components = components
        self.incidents = incidents
        self.detectedOutages = detectedOutages
        self.days = days
    }

    /// The worst current component status: what the banner says.
    public var overallStatus: ComponentStatus {
        components.map(\.status).max() ?? .operational
    }

    /// The incident or maintenance with `id`.
    public func incident(withID id: String) -> TimelineIncident? {
        incidents.first { $0.id == id }
    }
}

/// A calendar day in the site's timezone, with the instants it starts and ends.
public struct CalendarDay: Sendable, Hashable {
    /// `YYYY-MM-DD`.
    public var date: String
    public var start: Date
    public var end: Date

    public init(date: String, start: Date, end: Date) {
        self.date = date
        self.start = start
        self.end = end
    }
}

/// A component's current state and history.
public struct ComponentState: Sendable {
    public var component: Component
    /// The current status: the worst of open incidents, active maintenance and fresh monitor results.
    public var status: ComponentStatus
    /// The monitors' latest results, one per configured monitor, in configuration order.
    public var monitors: [MonitorState]
    /// One entry per day of the history, oldest first, aligned with `Timeline.days`.
    public var days: [ComponentDay]
    /// Time-weighted uptime over the whole history, `nil` when there is no monitor data.
    public var uptime: Double?

    public init(
        component: Component, status: ComponentStatus, monitors: [MonitorState], days: [ComponentDay],
        uptime: Double?
    ) {
        self.component = component
        self.status = status
        self.monitors = monitors
        self.days = days
        self.uptime = uptime
    }

    public var id: String { component.id }

    /// Whether any of the component's monitors has results older than the stale limit.
    public var hasStaleMonitor: Bool { monitors.contains { $0.isStale } }
}

/// The latest result of one monitor.
public struct MonitorState: Sendable, Hashable {
    public var name: String
    /// The latest check, `nil` when the monitor has never reported.
    public var latest: MonitorCheck?
    /// Whether the latest check is older than the stale limit (or missing).
    public var isStale: Bool

    public init(name: String, latest: MonitorCheck?, isStale: Bool) {
        self.name = name
        self.latest = latest
        self.isStale = isStale
    }
}

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
    /// Incidents and maintenances that touched the component that day, oldest first.
    public var incidentIDs: [String]

    public init(
        day: CalendarDay, status: ComponentStatus?, uptime: Double?, coveredSeconds: Double,
        downSeconds: Double, degradedSeconds: Double, incidentIDs: [String]
    ) {
        self.day = day
        self.status = status
        self.uptime = uptime
        self.coveredSeconds = coveredSeconds
        self.downSeconds = downSeconds
        self.degradedSeconds = degradedSeconds
        self.incidentIDs = incidentIDs
    }
}

/// Where an incident or maintenance stands at `now`.
public enum IncidentPhase: String, Sendable {
    /// An incident that is not resolved.
    case active
    /// A resolved incident.
    case resolved
    /// A maintenance whose window has not started.
    case upcoming
    /// A maintenance under way.
    case inProgress = "in_progress"
    /// A maintenance that is over.
    case completed
}

/// An incident or maintenance with its derived state.
public struct TimelineIncident: Sendable {
    public var incident: Incident
    /// Where it stands at `now`.
    public var phase: IncidentPhase
    /// The current status word (for maintenance, derived from the window where no update says).
    public var status: UpdateStatus
    /// The updates with their effective status, newest first.
    public var updates: [TimelineUpdate]
    /// When it began: the first update, or a maintenance's planned start.
    public var startedAt: Date
    /// When it ended: the resolving update, or the end of a maintenance, if it has ended.
    public var endedAt: Date?
    /// Outages detected by monitors that this incident covers.
    public var detectedOutages: [DetectedOutage]

    public init(
        incident: Incident, phase: IncidentPhase, status: UpdateStatus, updates: [TimelineUpdate],
        startedAt: Date, endedAt: Date?, detectedOutages: [DetectedOutage]
    ) {
        self.incident = incident
        self.phase = phase
        self.status = status
        self.updates = updates
        self.startedAt = startedAt
        self.endedAt = endedAt
        self.detectedOutages = detectedOutages
    }

    public var id: String { incident.id }

    /// Whether it currently affects component status (an open incident or a maintenance under way).
    public var isOpen: Bool { phase == .active || phase == .inProgress }

    /// How long it lasted, if it has ended.
    public var duration: TimeInterval? { endedAt.map { $0.timeIntervalSince(startedAt) } }
}

/// One update of an incident, with the status it leaves the incident in.
public struct TimelineUpdate: Sendable {
    public var update: IncidentUpdate
    /// The written status, or for a `.update` note, the status it keeps.
    public var effectiveStatus: UpdateStatus

    public init(update: IncidentUpdate, effectiveStatus: UpdateStatus) {
        self.update = update
        self.effectiveStatus = effectiveStatus
    }

    /// A stable anchor for the update, from its time: `update-20261124T105200Z`.
    public var anchor: String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: update.time)
        func pad(_ value: Int?, _ width: Int = 2) -> String {
            let text = String(value ?? 0)
            return String(repeating: "0", count: max(0, width - text.count)) + text
        }
        return
            "update-\(pad(parts.year, 4))\(pad(parts.month))\(pad(parts.day))T\(pad(parts.hour))\(pad(parts.minute))\(pad(parts.second))Z"
    }
}

/// A run of down checks of one monitor.
public struct DetectedOutage: Sendable, Hashable {
    public var monitor: String
    /// The components that list the monitor, in configuration order.
    public var componentIDs: [String]
    /// The first down check.
    public var start: Date
    /// The first check after the run that was not down; `nil` while the outage goes on.
    public var end: Date?
    /// The number of down checks in the run.
    public var checks: Int

    public init(monitor: String, componentIDs: [String], start: Date, end: Date?, checks: Int) {
        self.monitor = monitor
        self.componentIDs = componentIDs
        self.start = start
        self.end = end
        self.checks = checks
    }

    /// A stable identifier: the monitor and the start in UTC seconds.
    public var id: String { "\(monitor)-\(Int64(start.timeIntervalSince1970))" }
}
