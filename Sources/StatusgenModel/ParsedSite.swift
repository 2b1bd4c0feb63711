/// A status site's inputs, parsed and checked, before anything is resolved against `now`.
public struct ParsedSite: Sendable {
    public var config: SiteConfig
    /// Incidents and maintenances, sorted by id.
    public var incidents: [Incident]
    /// Each monitor's results from every file, by monitor name.
    public var monitors: [String: MonitorHistory]
    /// The translations of incidents into the site's other languages, each checked against its original,
    /// sorted by path.
    public var translations: [IncidentTranslation]

    public init(
        config: SiteConfig, incidents: [Incident], monitors: [String: MonitorHistory],
        translations: [IncidentTranslation] = []
    ) {
        self.config = config
        self.incidents = incidents
        self.monitors = monitors
        self.translations = translations
    }
}
