/// Thrown when a check runs out of time.
struct DeadlineExceeded: Error {}

/// Runs `body`, cancelling it and throwing `DeadlineExceeded` once `seconds` have passed.
///
/// One deadline covers the whole check (name lookup, connect, TLS, request, body or banner), so a server
/// that accepts but never answers cannot hold a check longer than its timeout.
func withDeadline<Value: Sendable>(
    seconds: Double, _ body: @escaping @Sendable () async throws -> Value
) async throws -> Value {
    try await withThrowingTaskGroup(of: Value.self) { group in
        group.addTask { try await body() }
        group.addTask {
            try await Task.sleep(for: .seconds(seconds))
            throw DeadlineExceeded()
        }
        defer { group.cancelAll() }
        guard let first = try await group.next() else { throw DeadlineExceeded() }
        return first
    }
}
