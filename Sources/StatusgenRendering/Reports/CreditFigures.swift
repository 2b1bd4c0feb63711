import StatusgenModel

/// One component's month against its service-credit schedule: the tier reached and the credit earned.
///
/// The month is measured like its SLA figures (see `SLAFigures`), with maintenance left out or counted
/// as the schedule says. Tiers are not cumulative: the lowest tier the uptime falls below applies.
struct CreditFigures: Equatable {
    enum Result: String {
        /// The uptime falls below a tier's threshold.
        case credit
        /// The uptime falls below no threshold.
        case none
        /// No monitor results in the month: no uptime, and no credit to claim.
        case noData = "no_data"
    }

    let schedule: CreditSchedule
    /// `(measured - down) / measured`, as the schedule measures it; `nil` without measured time.
    let uptime: Double?
    /// The tier reached, when there is one.
    let tier: CreditSchedule.Tier?
    let result: Result

    /// The figures of `month` (`nil`: no record that month, of `dayCount` days) for `schedule`.
    init(_ month: ComponentMonth?, dayCount: Int, schedule: CreditSchedule) {
        self.schedule = schedule
        let measured = SLAFigures(
            month, dayCount: dayCount, target: nil, excludeMaintenance: schedule.excludeMaintenance)
        uptime = measured.uptime
        if measured.measuredSeconds > 0 {
            tier = schedule.tier(downSeconds: measured.downtimeSeconds, measuredSeconds: measured.measuredSeconds)
            result = tier == nil ? .none : .credit
        } else {
            tier = nil
            result = .noData
        }
    }
}
