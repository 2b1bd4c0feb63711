import Foundation
import Testing

@testable import StatusgenNotify

@Suite("Retrying a delivery")
struct RetryTests {
    @Test("waits at least as long as the channel's Retry-After asks, and not at all when it asks too long")
    func retryAfter() async {
        let retry = Retry(backoff: [0.01, 0.01], longestWait: 5)
        let clock = ContinuousClock()
        var attempts = 0
        let started = clock.now
        let asked = await retry.run { () throws(DeliveryFailure) in
            attempts += 1
            if attempts == 1 { throw DeliveryFailure("HTTP 429 Too Many Requests", retryAfter: 0.4) }
        }
        #expect(asked.attempts == 2 && asked.failure == nil)
        #expect(clock.now - started >= .milliseconds(400))

        let tooLong = await retry.run { () throws(DeliveryFailure) in
            throw DeliveryFailure("HTTP 429 Too Many Requests", retryAfter: 3600)
        }
        #expect(tooLong.attempts == 1 && tooLong.failure?.retryAfter == 3600)

        let plain = await retry.run { () throws(DeliveryFailure) in throw DeliveryFailure("HTTP 503") }
        #expect(plain.attempts == 3)
    }
}
