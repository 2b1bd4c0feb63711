/// How the monthly SLA report counts time (`sla:` at the top level of `statusgen.yml`).
public struct SLASettings: Sendable, Hashable {
    /// Whether maintenance windows are left out of the measured time, so that downtime during planned
    /// work does not count against a target. The default.
    public var excludeMaintenance: Bool

    public init(excludeMaintenance: Bool = true) {
        self.excludeMaintenance = excludeMaintenance
    }
}
