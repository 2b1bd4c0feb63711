/// Tries a delivery a bounded number of times, waiting longer after each failure that may pass (at least
/// as long as the channel asks with `Retry-After`); never after one that may have delivered the update,
/// which would send it again.
struct Retry {
    /// The waits before the second and later attempts, in seconds.
    var backoff: [Double] = [1, 3]
    /// The longest wait a channel's `Retry-After` may ask for within a run; asked for longer, the update
    /// waits for the next run.
    var longestWait: Double = 60

    /// Runs `body` until it succeeds, fails for good, or has run `backoff.count + 1` times; returns the
    /// number of attempts, or throws the last failure with that number.
    func run(_ body: () async throws(DeliveryFailure) -> Void) async -> (attempts: Int, failure: DeliveryFailure?) {
        var attempts = 0
        while true {
            attempts += 1
            do {
                try await body()
                return (attempts, nil)
            } catch {
                guard error.isRetryable, !error.mayHaveArrived, attempts <= backoff.count,
                    (error.retryAfter ?? 0) <= longestWait
                else {
                    return (attempts, error)
                }
                try? await Task.sleep(for: .seconds(max(backoff[attempts - 1], error.retryAfter ?? 0)))
            }
        }
    }
}
