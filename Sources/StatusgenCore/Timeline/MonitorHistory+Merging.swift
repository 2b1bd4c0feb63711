import StatusgenModel

extension MonitorHistory {
    /// The history of the rows of both: exactly what reading all the rows in one pass gives.
    public func merged(with other: MonitorHistory) -> MonitorHistory {
        guard !other.days.isEmpty else { return self }
        guard !days.isEmpty else { return other }
        var result = MonitorHistory(runs: CheckRunList.merging(runs, other.runs))
        result.firstDay = min(firstDay, other.firstDay)
        let end = max(firstDay + days.count, other.firstDay + other.days.count)
        result.days = Array(repeating: MonitorDayCounts(), count: end - result.firstDay)
        for (offset, counts) in days.enumerated() { result.days[firstDay - result.firstDay + offset].add(counts) }
        for (offset, counts) in other.days.enumerated() {
            result.days[other.firstDay - result.firstDay + offset].add(counts)
        }
        result.latestLatencyMs = Self.latestLatency(self, other)
        return result
    }

    /// The latency of the latest check of two histories, chosen as one pass over all rows chooses it.
    private static func latestLatency(_ first: MonitorHistory, _ second: MonitorHistory) -> Double? {
        guard let a = first.runs.last, let b = second.runs.last else {
            return first.runs.isEmpty ? second.latestLatencyMs : first.latestLatencyMs
        }
        if a.last != b.last { return a.last > b.last ? first.latestLatencyMs : second.latestLatencyMs }
        let left = (a.status, first.latestLatencyMs ?? -1)
        let right = (b.status, second.latestLatencyMs ?? -1)
        return left >= right ? first.latestLatencyMs : second.latestLatencyMs
    }
}
