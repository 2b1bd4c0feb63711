/// Why a channel could not deliver: the reason for the terminal, and whether trying again may help
/// (a network error, a timeout, a 5xx or 429 answer) or not (a 4xx answer, a refused login).
public struct DeliveryFailure: Error, CustomStringConvertible, Sendable {
    public var reason: String
    public var isRetryable: Bool

    public init(_ reason: String, isRetryable: Bool = true) {
        self.reason = reason
        self.isRetryable = isRetryable
    }

    public var description: String { reason }
}
