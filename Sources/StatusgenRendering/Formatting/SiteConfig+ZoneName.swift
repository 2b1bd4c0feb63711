import StatusgenModel

extension SiteConfig {
    /// The site's zone by its IANA name, as the reports and APIs give it: "Europe/London", and "UTC" for
    /// UTC, which Foundation names "GMT" on Linux whatever `statusgen.yml` says.
    var timeZoneName: String {
        ZoneNames.utcIdentifiers.contains(timeZone.identifier) ? "UTC" : timeZone.identifier
    }
}
