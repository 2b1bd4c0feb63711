/// One monitor's daily record, as `api/uptime.json` publishes it.
public struct MonitorRecord: Sendable, Hashable {
    public var name: String
    /// One entry per day of the uptime bars, oldest first, aligned with `Timeline.days`.
    public var days: [MonitorDay]
    /// Time-weighted uptime over the last 30 and 90 days (today included), `nil` without data.
    public var uptime30Days: Double?
    public var uptime90Days: Double?

    public init(name: String, days: [MonitorDay], uptime30Days: Double?, uptime90Days: Double?) {
        self.name = name
        self.days = days
        self.uptime30Days = uptime30Days
        self.uptime90Days = uptime90Days
    }
}
