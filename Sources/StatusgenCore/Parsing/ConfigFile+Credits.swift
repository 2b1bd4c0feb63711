extension ConfigFile {
    /// One tier of a `credits:` schedule: `below: 99.95`, `credit: 10`.
    struct CreditTierEntry: Decodable {
        var below: Double
        var credit: Double

        enum CodingKeys: String, CodingKey, CaseIterable {
            case below, credit
        }
    }

    /// The site's `credits:` block: a schedule for every monitored component, or for those it names.
    struct CreditsBlock: Decodable {
        var tiers: [CreditTierEntry]
        var excludeMaintenance: Bool?
        var components: [String]?

        enum CodingKeys: String, CodingKey, CaseIterable {
            case tiers
            case excludeMaintenance = "exclude_maintenance"
            case components
        }
    }

    /// A component's own `credits:` block, which takes the place of the site's.
    struct ComponentCreditsBlock: Decodable {
        var tiers: [CreditTierEntry]
        var excludeMaintenance: Bool?

        enum CodingKeys: String, CodingKey, CaseIterable {
            case tiers
            case excludeMaintenance = "exclude_maintenance"
        }
    }
}
