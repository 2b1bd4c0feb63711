import Foundation

/// Runs a build on a thread of its own, so that a long build neither holds one of the few threads Swift's
/// tasks share nor keeps the preview from stopping: when the waiting task is cancelled (on SIGINT or
/// SIGTERM), it stops waiting at once and the build's result is dropped when it comes.
final class BuildThread: @unchecked Sendable {
    private let lock = NSLock()
    private var waiter: CheckedContinuation<PreviewBuild?, Never>?
    private var isDone = false

    /// The result of `build`, or nil when the calling task is cancelled before the build ends.
    static func run(_ build: @escaping @Sendable () -> PreviewBuild) async -> PreviewBuild? {
        let thread = BuildThread()
        return await withTaskCancellationHandler {
            await withCheckedContinuation { continuation in
                guard thread.wait(with: continuation) else { return }
                Thread { thread.finish(build()) }.start()
            }
        } onCancel: {
            thread.finish(nil)
        }
    }

    /// Keeps `continuation` to resume when the build ends; false (having resumed it) when already cancelled.
    private func wait(with continuation: CheckedContinuation<PreviewBuild?, Never>) -> Bool {
        lock.lock()
        guard !isDone else {
            lock.unlock()
            continuation.resume(returning: nil)
            return false
        }
        waiter = continuation
        lock.unlock()
        return true
    }

    /// Resumes the waiting task with `result`, once: the first of the build's end and the cancellation wins.
    private func finish(_ result: PreviewBuild?) {
        lock.lock()
        let continuation = isDone ? nil : waiter
        isDone = true
        waiter = nil
        lock.unlock()
        continuation?.resume(returning: result)
    }
}
