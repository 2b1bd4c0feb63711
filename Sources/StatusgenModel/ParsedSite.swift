/// A status site's inputs, parsed and checked, before anything is resolved against `now`.
public struct ParsedSite: Sendable {
    public var config: SiteConfig
    /// Incidents and maintenances, sorted by id.
    public var incidents: [Incident]
    /// Monitor results by monitor name, each sorted by time, without duplicates.
    public var checks: [String: [MonitorCheck]]

    public init(config: SiteConfig, incidents: [Incident], checks: [String: [MonitorCheck]]) {
        self.config = config
        self.incidents = incidents
        self.checks = checks
    }
}
