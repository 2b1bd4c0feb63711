import StatusgenModel

/// Gathers one monitor's rows, in any order, into a `MonitorHistory`.
struct MonitorHistoryBuilder {
    private var runs = CheckRunList()
    /// Checks older than the latest one, merged into `runs` in batches.
    private var late: [(time: Int64, status: MonitorStatus)] = []
    private var firstDay = 0
    private var days: [MonitorDayCounts] = []
    private var latest: (time: Int64, status: MonitorStatus, latency: Double?)?

    /// How many late checks wait before they are merged.
    private static let lateBatch = 65_536

    init() {}

    /// Continues `history` (whose days are numbered in the same timezone).
    init(_ history: MonitorHistory) {
        runs = CheckRunList(history.runs)
        firstDay = history.firstDay
        days = history.days
        if let last = history.runs.last {
            latest = (last.last, last.status, history.latestLatencyMs)
        }
    }

    /// Adds one row: its instant in milliseconds since 1970 UTC, its local day, status and latency.
    @inline(__always)
    mutating func add(time: Int64, day: Int, status: MonitorStatus, latencyMs: Double?) {
        count(day: day, status: status, latencyMs: latencyMs)
        if let last = latest {
            if time > last.time || (time == last.time && (status, latencyMs ?? -1) > (last.status, last.latency ?? -1))
            {
                latest = (time, status, latencyMs)
            }
        } else {
            latest = (time, status, latencyMs)
        }
        if let lastTime = runs.last, time < lastTime {
            late.append((time, status))
            if late.count >= Self.lateBatch { mergeLate() }
        } else {
            runs.append(time, status)
        }
    }

    @inline(__always)
    private mutating func count(day: Int, status: MonitorStatus, latencyMs: Double?) {
        if days.isEmpty {
            firstDay = day
            days.append(MonitorDayCounts())
        } else if day < firstDay {
            days.insert(contentsOf: repeatElement(MonitorDayCounts(), count: firstDay - day), at: 0)
            firstDay = day
        } else if day - firstDay >= days.count {
            days.append(contentsOf: repeatElement(MonitorDayCounts(), count: day - firstDay - days.count + 1))
        }
        let index = day - firstDay
        switch status {
        case .up: days[index].up += 1
        case .degraded: days[index].degraded += 1
        case .down: days[index].down += 1
        }
        if let latencyMs { days[index].latency.add(latencyMs) }
    }

    private mutating func mergeLate() {
        guard !late.isEmpty else { return }
        // Sorted by time, then status, so that each instant's worst status comes last.
        late.sort { ($0.time, $0.status) < ($1.time, $1.status) }
        var sorted = CheckRunList()
        for check in late { sorted.append(check.time, check.status) }
        late.removeAll(keepingCapacity: true)
        runs = CheckRunList(CheckRunList.merging(runs.runs, sorted.runs))
    }

    /// The history of every row added.
    mutating func finish() -> MonitorHistory {
        mergeLate()
        return MonitorHistory(runs: runs.runs, firstDay: firstDay, days: days, latestLatencyMs: latest?.latency)
    }
}
