import StatusgenModel

/// Builds the runs of a monitor from checks given in time order, as long as runs can be: each check
/// extends the last run when it has the run's status and continues its spacing (`CheckRun.append(at:)`),
/// and a check at the same instant as the last one merges with it (the worse status stands). Given the
/// same checks, the runs are the same however they were grouped into calls.
struct CheckRunList {
    private(set) var runs: [CheckRun] = []
    /// The latest check, in milliseconds since 1970 UTC: kept rather than asked of the last run, as it is
    /// compared with every row.
    private(set) var last: Int64?

    init() {}

    init(_ runs: [CheckRun]) {
        self.runs = runs
        last = runs.last?.last
    }

    /// Appends a check at or after the latest one.
    @inline(__always)
    mutating func append(_ time: Int64, _ status: MonitorStatus) {
        guard let lastTime = last else {
            runs.append(CheckRun(start: time, step: 0, count: 1, status: status))
            last = time
            return
        }
        let lastIndex = runs.count - 1
        if time > lastTime {
            last = time
            if runs[lastIndex].status == status, runs[lastIndex].append(at: time) { return }
            runs.append(CheckRun(start: time, step: 0, count: 1, status: status))
            return
        }
        precondition(time == lastTime, "checks must come in time order")
        guard status > runs[lastIndex].status else { return }
        // The worse status replaces the last check: take it off its run and add it again.
        if runs[lastIndex].count == 1 {
            runs.removeLast()
        } else {
            runs[lastIndex].removeLast()
        }
        last = runs.last?.last
        append(time, status)
    }

    /// Appends the checks of `run`, which starts at or after the latest check.
    mutating func append(_ run: CheckRun) {
        for index in 0..<min(run.count, 2) { append(run.time(at: index), run.status) }
        guard run.count > 2 else { return }
        // Evenly spaced checks that went on the end of a run of the same spacing make it longer at once;
        // any other checks go one by one, so that the runs are those that checks one at a time make.
        let lastIndex = runs.count - 1
        let tail = runs[lastIndex]
        if !run.isUneven, !tail.isUneven, tail.status == run.status, tail.step == run.step,
            tail.last == run.time(at: 1)
        {
            runs[lastIndex] = CheckRun(
                start: tail.start, step: tail.step, count: tail.count + run.count - 2, status: tail.status)
            last = run.last
            return
        }
        for index in 2..<run.count { append(run.time(at: index), run.status) }
    }

    /// The runs of every check of `first` and `second` (each in time order, as runs), in time order.
    static func merging(_ first: [CheckRun], _ second: [CheckRun]) -> [CheckRun] {
        guard let secondStart = second.first?.start, let firstLast = first.last?.last else {
            return first.isEmpty ? second : first
        }
        var merged = CheckRunList()
        if firstLast < secondStart {
            merged = CheckRunList(first)
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
            guard let run = head else { preconditionFailure("take from an empty queue") }
            var taken = run.count
            if run.count > 1 && run.last >= limit {
                taken = orAt ? 1 : max(1, run.count(atOrBefore: limit - 1))
            }
            if taken == run.count {
                dropHead()
            } else {
                head = run.dropFirst(taken)
            }
            return run.prefix(taken)
        }
    }
}
