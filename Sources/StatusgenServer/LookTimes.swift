import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// When the preview looks at the site's files again: soon after the system reports a change in one of
/// the folders it is told to watch (inotify, on Linux), and in any case once every interval.
///
/// The watcher's listing (`SourceWatcher`) stays what says whether anything changed: an event only makes
/// it look sooner, so that an edit shows in the time of a build rather than up to an interval later,
/// while a change that raises no event (network and container bind mounts, a system without inotify)
/// is still found by the interval.
final class LookTimes: @unchecked Sendable {
    /// One element for each moment to look, the instant it came; a moment not yet taken when the next
    /// comes stands for both.
    let moments: AsyncStream<ContinuousClock.Instant>
    private let continuation: AsyncStream<ContinuousClock.Instant>.Continuation
    /// The inotify instance, or -1 without one.
    private let events: Int32
    private let interval: Duration
    /// How long the folders must be quiet after an event before looking, so that an editor's save in
    /// several steps (write a new file, rename it over the old) is seen whole.
    private let settle: Duration
    /// Guarded by `lock`, as are the watches: whether to stop.
    private var isStopped = false
    private let lock = NSLock()

    /// Looks every `interval`, and once the folders are quiet for `settle` after an event.
    init(interval: Duration, settle: Duration = .milliseconds(30)) {
        (moments, continuation) = AsyncStream.makeStream(
            of: ContinuousClock.Instant.self, bufferingPolicy: .bufferingNewest(1))
        #if canImport(Glibc)
            events = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        #else
            events = -1
        #endif
        self.interval = interval
        self.settle = settle
        Thread { [self] in run() }.start()
    }

    /// Watches `folders` (full paths; folders that are gone are left out) from now on. A folder watched
    /// already keeps its watch, so that no event is lost between two calls.
    func watch(_ folders: [String]) {
        #if canImport(Glibc)
            let mask = UInt32(
                IN_CLOSE_WRITE | IN_MODIFY | IN_ATTRIB | IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO
                    | IN_DELETE_SELF | IN_MOVE_SELF)
            // Under the lock: once stopped, the instance may be closed.
            lock.withLock {
                guard events >= 0, !isStopped else { return }
                for folder in folders { _ = inotify_add_watch(events, folder, mask) }
            }
        #endif
    }

    /// Ends `moments`; the thread that waits for events ends at its next wake.
    func stop() {
        lock.withLock { isStopped = true }
        continuation.finish()
    }

    private func run() {
        defer { lock.withLock { if events >= 0 { close(events) } } }
        while !lock.withLock({ isStopped }) {
            if waitForEvent() {
                // Once the folders have been quiet for `settle`, or an interval after the event at the latest:
                // a file written without pause is looked at no more often than with no events at all.
                let first = ContinuousClock.now
                drainEvents()
                repeat {
                    Thread.sleep(forTimeInterval: Self.seconds(settle))
                } while drainEvents() && ContinuousClock.now - first < interval
            }
            continuation.yield(.now)
        }
    }

    /// Waits up to the interval for an event in a watched folder; whether one came.
    private func waitForEvent() -> Bool {
        #if canImport(Glibc)
            if events >= 0 {
                var descriptor = pollfd(fd: events, events: Int16(POLLIN), revents: 0)
                return poll(&descriptor, 1, Int32(Self.seconds(interval) * 1000)) > 0
            }
        #endif
        Thread.sleep(forTimeInterval: Self.seconds(interval))
        return false
    }

    /// Reads every event waiting (what changed is for the listing to say); whether there was any.
    @discardableResult
    private func drainEvents() -> Bool {
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        var isAny = false
        while buffer.withUnsafeMutableBytes({ read(events, $0.baseAddress, $0.count) }) > 0 { isAny = true }
        return isAny
    }

    private static func seconds(_ duration: Duration) -> Double {
        let (seconds, attoseconds) = duration.components
        return Double(seconds) + Double(attoseconds) / 1e18
    }
}
