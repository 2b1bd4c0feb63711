/// A service-credit schedule: what share of the monthly fee a month's uptime earns back
/// (`credits:` in `statusgen.yml`, for the whole site or one component).
///
/// Tiers are not cumulative: a month earns the credit of the lowest tier its uptime falls below, and
/// nothing when it falls below none.
public struct CreditSchedule: Sendable, Hashable {
    /// One step of the schedule: uptime below `below` percent earns `credit` percent of the monthly fee.
    public struct Tier: Sendable, Hashable {
        /// The threshold in percent, such as 99.95: an uptime under it reaches the tier.
        public var below: Double
        /// The credit in percent of the monthly fee, such as 10.
        public var credit: Double

        public init(below: Double, credit: Double) {
            self.below = below
            self.credit = credit
        }
    }

    /// Highest threshold first, each below the one before.
    public var tiers: [Tier]
    /// Whether time inside maintenance windows is left out of the measured time.
    public var excludeMaintenance: Bool

    public init(tiers: [Tier], excludeMaintenance: Bool) {
        self.tiers = tiers
        self.excludeMaintenance = excludeMaintenance
    }

    /// Downtime within this many seconds of a tier's allowance does not reach it, so that floating-point
    /// noise in `(100 - below) / 100` cannot turn an uptime exactly at a threshold into one below it.
    public static let tolerance = 1e-6

    /// The lowest tier that `downSeconds` of `measuredSeconds` reaches, or `nil` for none; `measuredSeconds` must be positive.
    public func tier(downSeconds: Double, measuredSeconds: Double) -> Tier? {
        tiers.last { downSeconds > (100 - $0.below) / 100 * measuredSeconds + Self.tolerance }
    }
}
