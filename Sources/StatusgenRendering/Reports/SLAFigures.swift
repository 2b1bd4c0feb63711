import StatusgenModel

/// One component's month measured against its SLA target: the arithmetic of the SLA report.
///
/// Measured time is the time covered by monitor results; time without results (a day without
/// data, a gap beyond the gap limit) counts neither as up nor as down. Down time is the monitors'
/// down checks, time-weighted; degraded time counts as up. With `excludeMaintenance`, the time
/// inside maintenance windows is left out of both. The target is met when the downtime is at
/// most the allowed downtime, the target's share of the measured time.
struct SLAFigures: Equatable {
    enum Result: String {
        case met
        case missed
        /// The component has no `sla`.
        case noTarget = "no_target"
        /// The component has a target but no monitor results in the month.
        case noData = "no_data"
    }

    /// The target in percent, such as 99.95; `nil` without one.
    let target: Double?
    /// Seconds covered by monitor results that count, and of those, seconds down.
    let measuredSeconds: Double
    let downtimeSeconds: Double
    /// The downtime the target allows in the measured time; `nil` without a target or without measured time.
    let allowedDowntimeSeconds: Double?
    /// `(measured - down) / measured`; `nil` without measured time.
    let uptime: Double?
    let result: Result
    /// The month's days begun by the build's moment, and how many of them have monitor results.
    let days: Int
    let daysWithData: Int

    /// Downtime within this many seconds of the allowance still meets the target, so that floating-point
    /// noise in `(100 - target) / 100` cannot turn an exact hit into a miss.
    static let tolerance = 1e-6

    /// The figures of `month` (`nil`: no record that month, of `dayCount` days) for `target`.
    init(_ month: ComponentMonth?, dayCount: Int, target: Double?, excludeMaintenance: Bool) {
        self.target = target
        days = month?.days.count ?? dayCount
        daysWithData = month?.daysWithData ?? 0
        var measured = month?.coveredSeconds ?? 0
        var down = month?.downSeconds ?? 0
        if !excludeMaintenance {
            measured += month?.maintenanceCoveredSeconds ?? 0
            down += month?.maintenanceDownSeconds ?? 0
        }
        measuredSeconds = measured
        downtimeSeconds = down
        uptime = measured > 0 ? (measured - down) / measured : nil
        let allowed = target.map { (100 - $0) / 100 * measured }
        allowedDowntimeSeconds = measured > 0 ? allowed : nil
        switch (allowed, measured > 0) {
        case (nil, _): result = .noTarget
        case (_, false): result = .noData
        case (let allowed?, true): result = down <= allowed + Self.tolerance ? .met : .missed
        }
    }
}
