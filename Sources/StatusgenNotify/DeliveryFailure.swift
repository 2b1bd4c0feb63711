/// Why a channel could not deliver: the reason for the terminal, whether trying again may help (a
/// network error, a timeout, a 5xx or 429 answer) or not (a 4xx answer, a refused login), and whether the
/// channel may have taken the update all the same (no answer after it was sent, or some of an update's
/// mails accepted before another failed).
public struct DeliveryFailure: Error, CustomStringConvertible, Sendable {
    public var reason: String
    public var isRetryable: Bool
    /// The update may have reached the channel: it is not tried again in this run, and counts as a delivery
    /// that may have arrived (see `ChannelPlan`).
    public var mayHaveArrived: Bool
    /// How long the channel asked to wait before the next attempt (`Retry-After` of a 429 or 503 answer).
    public var retryAfter: Double?

    public init(_ reason: String, isRetryable: Bool = true, mayHaveArrived: Bool = false, retryAfter: Double? = nil) {
        self.reason = reason
        self.isRetryable = isRetryable
        self.mayHaveArrived = mayHaveArrived
        self.retryAfter = retryAfter
    }

    /// The same failure, marked as one after which the update may have arrived.
    func afterSending() -> DeliveryFailure {
        DeliveryFailure(reason, isRetryable: isRetryable, mayHaveArrived: true, retryAfter: retryAfter)
    }

    public var description: String { reason }
}
