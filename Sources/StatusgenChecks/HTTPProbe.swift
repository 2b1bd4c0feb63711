import AsyncHTTPClient
import NIOCore
import StatusgenModel

/// Runs an HTTP(S) check: one GET, without following redirects, so the status is that of the URL itself.
struct HTTPProbe: Sendable {
    /// How much of a body is searched for `body_contains`: enough for any health or login page.
    static let bodyLimit = 1 << 20

    let client: HTTPClient

    func run(url: String, expectedStatus: Int, bodyContains: String?, definition: CheckDefinition) async
        -> CheckOutcome
    {
        let stopwatch = Stopwatch()
        do {
            return try await withDeadline(seconds: definition.timeout) {
                var request = HTTPClientRequest(url: url)
                request.headers.add(name: "User-Agent", value: "statusgen-check")
                let response = try await client.execute(
                    request, timeout: .milliseconds(Int64(definition.timeout * 1000)))
                let found = try await Self.read(response.body, lookingFor: bodyContains)
                let latency = stopwatch.elapsedMs
                let status = Int(response.status.code)
                if status != expectedStatus {
                    return .wrongAnswer(latencyMs: latency, "HTTP \(status), expected \(expectedStatus)")
                }
                if let bodyContains, !found {
                    return .wrongAnswer(latencyMs: latency, "the response does not contain '\(bodyContains)'")
                }
                return .answered(latencyMs: latency, degradedAfterMs: definition.degradedAfterMs)
            }
        } catch {
            return .noAnswer(NetworkErrorWords.describe(error, timeout: definition.timeout))
        }
    }

    /// Reads the whole body (the latency includes it) and says whether its first `bodyLimit` bytes
    /// contain `text`.
    private static func read(_ body: HTTPClientResponse.Body, lookingFor text: String?) async throws -> Bool {
        var kept: [UInt8] = []
        for try await chunk in body where text != nil && kept.count < bodyLimit {
            kept += chunk.readableBytesView.prefix(bodyLimit - kept.count)
        }
        guard let text else { return true }
        let needle = Array(text.utf8)
        return kept.count >= needle.count
            && (0...(kept.count - needle.count)).contains { kept[$0..<($0 + needle.count)].elementsEqual(needle) }
    }
}
