/// Consecutive checks of one monitor with the same status: the checks at `start`, `start + step`, …
/// (`count` of them) when they are evenly spaced, or at the offsets the run keeps when their times
/// drift and jitter around a spacing. A monitor that checks once a minute and stays up is one run
/// however many rows it writes, whether its checks land on the minute or seconds off it.
public struct CheckRun: Sendable, Hashable {
    /// The first check, in milliseconds since 1970 UTC.
    public private(set) var start: Int64
    /// Milliseconds between two evenly spaced checks; meaningless while `count` is 1 or the run is uneven.
    public private(set) var step: Int64
    /// How many checks the run holds, at least 1.
    public private(set) var count: Int
    /// The status every check of the run had.
    public let status: MonitorStatus
    /// For an uneven run, each check's milliseconds after `start`, from the second check on; empty when
    /// the checks are evenly spaced. Four bytes a check, against a run of its own for each.
    public private(set) var offsets: [UInt32]

    /// Evenly spaced checks.
    public init(start: Int64, step: Int64, count: Int, status: MonitorStatus) {
        self.start = start
        self.step = step
        self.count = count
        self.status = status
        self.offsets = []
    }

    /// Checks at `start` and at each of `offsets` milliseconds after it, which must increase. Unlike the
    /// runs `append(at:)` grows, such a run may be evenly spaced or hold spacings that would have started
    /// a new run: a part of a run, or a run read back from a cache.
    public init(start: Int64, offsets: [UInt32], status: MonitorStatus) {
        precondition(zip([0] + offsets, offsets).allSatisfy { $0 < $1 }, "offsets must increase")
        self.init(start: start, step: offsets.first.map(Int64.init) ?? 0, count: offsets.count + 1, status: status)
        if offsets.count > 1 { self.offsets = offsets }
    }

    /// Whether the checks' spacing varies, so that their times are kept one by one.
    public var isUneven: Bool { !offsets.isEmpty }

    /// The last check, in milliseconds since 1970 UTC.
    public var last: Int64 { time(at: count - 1) }

    /// The time of check `index` (0-based).
    public func time(at index: Int) -> Int64 {
        guard isUneven else { return start + step * Int64(index) }
        return index == 0 ? start : start + Int64(offsets[index - 1])
    }

    /// How many of the run's checks are at or before `limit`.
    public func count(atOrBefore limit: Int64) -> Int {
        guard limit >= start else { return 0 }
        guard count > 1 else { return 1 }
        guard isUneven else { return min(count, Int((limit - start) / step) + 1) }
        // The first offset after the limit, found by halving.
        let target = limit - start
        var low = 0
        var high = offsets.count
        while low < high {
            let middle = (low + high) / 2
            if Int64(offsets[middle]) <= target { low = middle + 1 } else { high = middle }
        }
        return low + 1
    }

    /// Whether no two consecutive checks are more than `milliseconds` apart.
    public func isSpaced(atMost milliseconds: Int64) -> Bool {
        guard count > 1 else { return true }
        guard isUneven else { return step <= milliseconds }
        var previous: UInt32 = 0
        for offset in offsets {
            if Int64(offset - previous) > milliseconds { return false }
            previous = offset
        }
        return true
    }

    /// Adds a check of the run's status at `time`, after the last one, when it continues the run: the
    /// second check, a check at the run's spacing, or (while the run is young or already uneven) a check
    /// within half a spacing of it. Otherwise the run is left as it was and a new one must start.
    /// The rule looks only at the run and the new check, so the same checks make the same runs however
    /// they arrive.
    public mutating func append(at time: Int64) -> Bool {
        let spacing = time - last
        precondition(spacing > 0, "a run grows forward in time")
        if count == 1 {
            step = spacing
            count = 2
            return true
        }
        if !isUneven && spacing == step {
            count += 1
            return true
        }
        guard isUneven || count == 2, abs(spacing - step) * 2 <= step, time - start <= Int64(UInt32.max) else {
            return false
        }
        if !isUneven { offsets = [UInt32(step)] }
        offsets.append(UInt32(time - start))
        count += 1
        return true
    }

    /// Takes the last check off a run of more than one.
    public mutating func removeLast() {
        precondition(count > 1, "a run keeps at least one check")
        count -= 1
        if isUneven {
            offsets.removeLast()
            // Two checks are evenly spaced, as a run that grew to two checks has them.
            if count == 2 { offsets = [] }
        }
        if count == 1 { step = 0 }
    }

    /// The first `length` checks.
    public func prefix(_ length: Int) -> CheckRun {
        precondition(length >= 1 && length <= count)
        var run = self
        run.count = length
        if isUneven { run.offsets = length > 2 ? Array(offsets.prefix(length - 1)) : [] }
        if length == 1 { run.step = 0 }
        return run
    }

    /// The checks after the first `dropped`.
    public func dropFirst(_ dropped: Int) -> CheckRun {
        precondition(dropped >= 0 && dropped < count)
        guard isUneven else {
            return CheckRun(start: time(at: dropped), step: step, count: count - dropped, status: status)
        }
        let newStart = time(at: dropped)
        let shift = UInt32(newStart - start)
        return CheckRun(start: newStart, offsets: offsets[dropped...].map { $0 - shift }, status: status)
    }
}
