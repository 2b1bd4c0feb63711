import Foundation

/// Work that blocks its thread (waiting for a child process or a file lock), run on a thread of its own:
/// on a machine with one or two cores, a task blocked on one of the few threads that Swift's tasks share
/// would stall every other task, such as the targets still publishing, and Dispatch's pool is as narrow.
public enum BlockingCall {
    /// The result of `work`, run on a new thread that may block as long as it needs.
    public static func run<Result: Sendable>(_ work: @escaping @Sendable () throws -> Result) async throws -> Result {
        try await withCheckedThrowingContinuation { continuation in
            Thread { continuation.resume(with: Swift.Result { try work() }) }.start()
        }
    }
}
