import StatusgenModel

/// What one run of a check found.
public struct CheckOutcome: Sendable, Equatable {
    public var status: MonitorStatus
    /// Milliseconds until the check had its answer; nil when nothing answered (refused, timed out).
    public var latencyMs: Int?
    /// Why the check is not up, in words ("connection refused"); empty when it is up.
    public var detail: String

    public init(status: MonitorStatus, latencyMs: Int?, detail: String = "") {
        self.status = status
        self.latencyMs = latencyMs
        self.detail = detail
    }

    /// A check that got the answer it expected: up, or degraded when slower than `degradedAfterMs`.
    static func answered(latencyMs: Int, degradedAfterMs: Double?) -> CheckOutcome {
        if let limit = degradedAfterMs, Double(latencyMs) > limit {
            return CheckOutcome(
                status: .degraded, latencyMs: latencyMs, detail: "slower than \(Self.format(limit)) ms")
        }
        return CheckOutcome(status: .up, latencyMs: latencyMs)
    }

    /// A check that got an answer, but not the one expected.
    static func wrongAnswer(latencyMs: Int, _ detail: String) -> CheckOutcome {
        CheckOutcome(status: .down, latencyMs: latencyMs, detail: detail)
    }

    /// A check that got no answer.
    static func noAnswer(_ detail: String) -> CheckOutcome {
        CheckOutcome(status: .down, latencyMs: nil, detail: detail)
    }

    private static func format(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }
}
