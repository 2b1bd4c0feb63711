import StatusgenModel

extension MonitorHistory {
    /// The history of the rows of both: exactly what reading all the rows in one pass gives.
    public func merged(with other: MonitorHistory) -> MonitorHistory {
        var result = self
        result.merge(other)
        return result
    }

    /// Adds the rows of `other`, in place: the result is exactly what reading all the rows in one pass gives.
    public mutating func merge(_ other: MonitorHistory) {
        guard !other.days.isEmpty else { return }
        guard !days.isEmpty else {
            self = other
            return
        }
        latestLatencyMs = Self.latestLatency(self, other)
        runs = CheckRunList.merging(runs, other.runs)
        let end = max(firstDay + days.count, other.firstDay + other.days.count)
        if other.firstDay < firstDay {
            days.insert(contentsOf: repeatElement(MonitorDayCounts(), count: firstDay - other.firstDay), at: 0)
            firstDay = other.firstDay
        }
        if end > firstDay + days.count {
            days.append(contentsOf: repeatElement(MonitorDayCounts(), count: end - firstDay - days.count))
        }
        for (offset, counts) in other.days.enumerated() where counts.checks > 0 {
            let index = other.firstDay - firstDay + offset
            // Parts of a file in time order share at most the day where one ends and the next begins.
            if days[index].checks == 0 {
                days[index] = counts
            } else {
                days[index].add(counts)
            }
        }
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
