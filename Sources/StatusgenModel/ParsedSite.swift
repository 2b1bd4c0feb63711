/// A status site's inputs, parsed and checked, before anything is resolved against `now`.
public struct ParsedSite: Sendable {
    public var config: SiteConfig
    /// Incidents and maintenances, sorted by id.
    public var incidents: [Incident]
    /// Each monitor's results from every file, by monitor name.
    public var monitors: [String: MonitorHistory]

    public init(config: SiteConfig, incidents: [Incident], monitors: [String: MonitorHistory]) {
        self.config = config
        self.incidents = incidents
        self.monitors = monitors
    }
}
