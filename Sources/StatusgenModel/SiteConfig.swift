import Foundation

/// The site settings from `statusgen.yml`.
public struct SiteConfig: Sendable {
    public var title: String
    /// Absolute base URL, always ending in `/`.
    public var baseURL: String
    public var description: String
    /// The zone in which times are shown and calendar days are counted.
    public var timeZone: TimeZone
    /// The number of days in each uptime bar.
    public var historyDays: Int
    public var components: [Component]
    public var monitoring: MonitoringSettings
    /// The language pages and feeds are written in, such as "en" or "de": a strings file's name.
    public var locale: String
    /// The checks `statusgen check` runs, in the order they are declared.
    public var checks: [CheckDefinition]
    /// How the monthly SLA report counts maintenance.
    public var sla: SLASettings
    /// The announcement at the top of every page, if any.
    public var notice: SiteNotice?

    public init(
        title: String,
        baseURL: String,
        description: String = "",
        timeZone: TimeZone,
        historyDays: Int = 90,
        components: [Component],
        monitoring: MonitoringSettings = MonitoringSettings(),
        locale: String = "en",
        checks: [CheckDefinition] = [],
        sla: SLASettings = SLASettings(),
        notice: SiteNotice? = nil
    ) {
        self.title = title
        self.baseURL = baseURL
        self.description = description
        self.timeZone = timeZone
        self.historyDays = historyDays
        self.components = components
        self.monitoring = monitoring
        self.locale = locale
        self.checks = checks
        self.sla = sla
        self.notice = notice
    }
}

/// A service the status page reports on.
public struct Component: Sendable, Hashable {
    /// Stable identifier, `[a-z0-9-]+`, used in URLs and file names.
    public var id: String
    public var name: String
    /// The group the component is shown under, if any.
    public var group: String?
    public var description: String?
    /// Names of the monitors (in `monitors/*`) whose results describe this component.
    public var monitors: [String]
    /// Monthly availability target in percent, such as 99.95.
    public var sla: Double?

    public init(
        id: String, name: String, group: String? = nil, description: String? = nil,
        monitors: [String] = [], sla: Double? = nil
    ) {
        self.id = id
        self.name = name
        self.group = group
        self.description = description
        self.monitors = monitors
        self.sla = sla
    }
}

/// How monitor results are turned into uptime and current status (`monitoring:` in `statusgen.yml`).
public struct MonitoringSettings: Sendable, Hashable {
    /// The longest time one check stands for; beyond it the time counts as "no data".
    public var gapLimit: TimeInterval
    /// How old the latest check may be before a monitor's state is shown as stale and ignored.
    public var staleAfter: TimeInterval
    /// How many consecutive down checks make a detected outage.
    public var outageMinimumChecks: Int

    public init(gapLimit: TimeInterval = 600, staleAfter: TimeInterval = 900, outageMinimumChecks: Int = 2) {
        self.gapLimit = gapLimit
        self.staleAfter = staleAfter
        self.outageMinimumChecks = outageMinimumChecks
    }
}
