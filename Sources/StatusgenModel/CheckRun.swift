/// Consecutive checks of one monitor with the same status at a regular spacing: the checks at
/// `start`, `start + step`, … (`count` of them). A monitor that checks once a minute and stays up
/// is one run however many rows it writes.
public struct CheckRun: Sendable, Hashable {
    /// The first check, in milliseconds since 1970 UTC.
    public var start: Int64
    /// Milliseconds between two checks of the run; meaningless while `count` is 1.
    public var step: Int64
    public var count: Int
    public var status: MonitorStatus

    public init(start: Int64, step: Int64, count: Int, status: MonitorStatus) {
        self.start = start
        self.step = step
        self.count = count
        self.status = status
    }

    /// The last check, in milliseconds since 1970 UTC.
    public var last: Int64 { start + step * Int64(count - 1) }

    /// The time of check `index` (0-based).
    public func time(at index: Int) -> Int64 { start + step * Int64(index) }

    /// How many of the run's checks are at or before `limit`.
    public func count(atOrBefore limit: Int64) -> Int {
        guard limit >= start else { return 0 }
        guard count > 1 else { return 1 }
        return min(count, Int((limit - start) / step) + 1)
    }
}
