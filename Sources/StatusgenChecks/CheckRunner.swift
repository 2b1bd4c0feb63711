import AsyncHTTPClient
import Foundation
import StatusgenModel

/// Runs checks concurrently, at most `concurrency` at a time, and hands each result on as it finishes.
public struct CheckRunner: Sendable {
    /// The most checks in flight at once.
    public let concurrency: Int

    public init(concurrency: Int) {
        self.concurrency = max(1, concurrency)
    }

    /// Runs `checks`; `record` is called once per check, one call at a time, in the order they finish,
    /// so a slow check does not hold back the rows of the others.
    public func run(
        _ checks: [CheckDefinition], record: (CheckResult) async throws -> Void
    ) async throws {
        var configuration = HTTPClient.Configuration(redirectConfiguration: .disallow)
        // A refused connection is a result ("down"), not a reason to retry until the timeout.
        configuration.connectionPool.retryConnectionEstablishment = false
        let client = HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
        do {
            try await withThrowingTaskGroup(of: CheckResult.self) { group in
                var pending = checks[...]
                func startNext() {
                    guard let check = pending.popFirst() else { return }
                    group.addTask { await Self.run(check, client: client) }
                }
                for _ in 0..<concurrency { startNext() }
                while let result = try await group.next() {
                    startNext()
                    try await record(result)
                }
            }
        } catch {
            try? await client.shutdown()
            throw error
        }
        try await client.shutdown()
    }

    /// Runs one check and returns its result.
    static func run(_ check: CheckDefinition, client: HTTPClient) async -> CheckResult {
        let started = Date()
        let outcome: CheckOutcome
        switch check.target {
        case .http(let url, let expectedStatus, let bodyContains):
            outcome = await HTTPProbe(client: client).run(
                url: url, expectedStatus: expectedStatus, bodyContains: bodyContains, definition: check)
        case .tcp(let host, let port, let bannerPrefix):
            outcome = await TCPProbe().run(host: host, port: port, bannerPrefix: bannerPrefix, definition: check)
        }
        return CheckResult(monitor: check.monitor, time: started, outcome: outcome)
    }
}
