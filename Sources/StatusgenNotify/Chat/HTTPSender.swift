import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import StatusgenChecks

/// Posts an `HTTPMessage` with AsyncHTTPClient; any 2xx answer is a delivery.
enum HTTPSender {
    /// The settings of each delivery's client. It follows no redirect: after a 301, 302 or 303, a client
    /// sends a GET without the body to the new address, so that the update would reach no one while the
    /// channel answered 200. A refused connection fails at once, for notify's own retries (`Retry`), rather
    /// than being tried again until the timeout on each of them.
    private static var configuration: HTTPClient.Configuration {
        var configuration = HTTPClient.Configuration(redirectConfiguration: .disallow)
        configuration.connectionPool.retryConnectionEstablishment = false
        return configuration
    }

    /// Posts `message` on a connection of its own, from a client of its own that closes it once the answer
    /// is read. A kept-alive connection that the receiver has closed meanwhile fails in a way that cannot
    /// be told from a receiver that took the request and hung up, which is never sent again; and asking the
    /// receiver to close (`Connection: close`) lets its close race the answer, which the client can then
    /// report as a hang-up although the answer came.
    static func post(_ message: HTTPMessage, timeout: Double) async throws(DeliveryFailure) {
        let client = HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
        let outcome: Result<Void, DeliveryFailure>
        do {
            try await post(message, timeout: timeout, with: client)
            outcome = .success(())
        } catch {
            outcome = .failure(error)
        }
        try? await client.shutdown()
        try outcome.get()
    }

    private static func post(_ message: HTTPMessage, timeout: Double, with client: HTTPClient)
        async throws(DeliveryFailure)
    {
        var request = HTTPClientRequest(url: message.url)
        request.method = .POST
        for header in message.headers { request.headers.add(name: header.name, value: header.value) }
        request.body = .bytes(ByteBuffer(string: message.body))
        let response: HTTPClientResponse
        do {
            response = try await client.execute(request, timeout: .milliseconds(Int64(timeout * 1000)))
        } catch let error as HTTPClientError where error == .deadlineExceeded || error == .readTimeout {
            throw DeliveryFailure("no answer within \(timeout) s", mayHaveArrived: true)
        } catch let error as HTTPClientError where error == .remoteConnectionClosed {
            // On a connection of its own, closed with no answer: the receiver may have taken it.
            throw DeliveryFailure(NetworkErrorWords.describe(error, timeout: timeout), mayHaveArrived: true)
        } catch {
            // Refused, reset, or no connection at all: the request is taken as not delivered and tried again.
            throw DeliveryFailure(NetworkErrorWords.describe(error, timeout: timeout))
        }
        // An answer came: whatever it says, the channel has said whether it took the update.
        let status = response.status
        let text = (try? await response.body.collect(upTo: 4096)).map { String(buffer: $0) } ?? ""
        if (300..<400).contains(status.code), let location = response.headers.first(name: "Location") {
            // Its scheme and host only: a webhook's path can hold its token, which must not reach a CI log.
            let place = URL(string: location, relativeTo: URL(string: message.url)).flatMap { url in
                url.host.map { (url.scheme ?? "https") + "://" + $0 + (url.port.map { ":\($0)" } ?? "") }
            }
            throw DeliveryFailure(
                "HTTP \(status.code) \(status.reasonPhrase): the address redirects"
                    + (place.map { " to one on \($0)" } ?? "") + "; set the channel's url to where it leads",
                isRetryable: false)
        }
        guard (200..<300).contains(status.code) else {
            let detail = text.prefix(200).trimmingCharacters(in: .whitespacesAndNewlines)
            // Retry-After in seconds; its other form, a date, is left to the usual waits.
            let asksToWait = status.code == 429 || status.code == 503
            let retryAfter = asksToWait ? response.headers.first(name: "Retry-After").flatMap { Double($0) } : nil
            throw DeliveryFailure(
                "HTTP \(status.code) \(status.reasonPhrase)" + (detail.isEmpty ? "" : ": \(detail)"),
                isRetryable: status.code >= 500 || status.code == 429, retryAfter: retryAfter)
        }
    }
}
