import StatusgenModel

/// Builds the runs of a monitor from checks given in time order, as long as runs can be: each check
/// extends the last run when it has the run's status and spacing, and a check at the same instant
/// as the last one merges with it (the worse status stands). Given the same checks, the runs are
/// the same however they were grouped into calls.
struct CheckRunList {
    private(set) var runs: [CheckRun] = []

    init() {}

    init(_ runs: [CheckRun]) {
        self.runs = runs
    }

    /// The latest check, in milliseconds since 1970 UTC.
    var last: Int64? { runs.last?.last }

    /// Appends a check at or after the latest one.
    @inline(__always)
    mutating func append(_ time: Int64, _ status: MonitorStatus) {
        guard let lastIndex = runs.indices.last else {
            runs.append(CheckRun(start: time, step: 0, count: 1, status: status))
            return
        }
        let run = runs[lastIndex]
        let lastTime = run.last
        if time > lastTime {
            if run.status == status {
                if run.count == 1 {
                    runs[lastIndex].step = time - lastTime
                    runs[lastIndex].count = 2
                    return
                }
                if time - lastTime == run.step {
                    runs[lastIndex].count += 1
                    return
                }
            }
            runs.append(CheckRun(start: time, step: 0, count: 1, status: status))
            return
        }
        precondition(time == lastTime, "checks must come in time order")
        guard status > run.status else { return }
        // The worse status replaces the last check: take it off its run and add it again.
        if run.count == 1 {
            runs.removeLast()
        } else {
            runs[lastIndex].count -= 1
            if runs[lastIndex].count == 1 { runs[lastIndex].step = 0 }
        }
        append(time, status)
    }

    /// Appends the checks of `run`, which starts at or after the latest check.
    mutating func append(_ run: CheckRun) {
        append(run.start, run.status)
        guard run.count > 1 else { return }
        append(run.start + run.step, run.status)
        guard run.count > 2 else { return }
        // The second check is now the last of a run whose spacing is `run.step` (or it is alone), so
        // the rest extends that run.
        let lastIndex = runs.count - 1
        if runs[lastIndex].count == 1 { runs[lastIndex].step = run.step }
        runs[lastIndex].count += run.count - 2
    }

    /// The runs of every check of `first` and `second` (each in time order, as runs), in time order.
    static func merging(_ first: [CheckRun], _ second: [CheckRun]) -> [CheckRun] {
        guard let secondStart = second.first?.start, let firstLast = first.last?.last else {
            return first.isEmpty ? second : first
        }
        var merged = CheckRunList()
        if firstLast < secondStart {
            merged.runs = first
            for run in second { merged.append(run) }
            return merged.runs
        }
        var queues = (RunQueue(first), RunQueue(second))
        while let a = queues.0.head, let b = queues.1.head {
            // Take from the queue whose next check comes first everything before the other's next check.
            if a.start <= b.start {
                merged.append(queues.0.take(before: b.start, orAt: a.start == b.start))
            } else {
                merged.append(queues.1.take(before: a.start, orAt: false))
            }
        }
        while let rest = queues.0.head ?? queues.1.head {
            merged.append(rest)
            if queues.0.head != nil { queues.0.dropHead() } else { queues.1.dropHead() }
        }
        return merged.runs
    }

    /// Runs consumed from the front, a run at a time or part of one.
    private struct RunQueue {
        private var runs: [CheckRun]
        private var index = 0

        init(_ runs: [CheckRun]) {
            self.runs = runs
            if let first = runs.first { head = first }
        }

        private(set) var head: CheckRun?

        mutating func dropHead() {
            index += 1
            head = index < runs.count ? runs[index] : nil
        }

        /// The head's checks before `limit` (or only the first one, when `orAt` and it is at `limit`).
        mutating func take(before limit: Int64, orAt: Bool) -> CheckRun {
            guard var run = head else { preconditionFailure("take from an empty queue") }
            var taken = run.count
            if run.count > 1 && run.last >= limit {
                taken = max(1, Int((limit - run.start + run.step - 1) / run.step))
                if orAt { taken = 1 }
            }
            if taken == run.count {
                dropHead()
            } else {
                head = CheckRun(
                    start: run.time(at: taken), step: run.step, count: run.count - taken, status: run.status)
            }
            run.count = taken
            return run
        }
    }
}
