import Foundation
import StatusgenModel

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
    /// A pipe whose write end `stop()` writes to, so that the thread waiting for events ends at once rather
    /// than an interval later; -1 for both ends without one.
    private let wake: (read: Int32, write: Int32)
    private let interval: Duration
    /// How long the folders must be quiet after an event before looking, so that an editor's save in
    /// several steps (write a new file, rename it over the old) is seen whole.
    private let settle: Duration
    /// Guarded by `lock`, as are the watches: whether to stop.
    private var isStopped = false
    /// Guarded by `lock`: whether the thread has ended, its descriptors closed.
    private var hasEnded = false
    private let lock = NSLock()

    /// Whether the thread that waits for events has ended and closed its descriptors.
    var isEnded: Bool { lock.withLock { hasEnded } }

    /// Looks every `interval`, and once the folders are quiet for `settle` after an event.
    init(interval: Duration, settle: Duration = .milliseconds(30)) {
        (moments, continuation) = AsyncStream.makeStream(
            of: ContinuousClock.Instant.self, bufferingPolicy: .bufferingNewest(1))
        #if canImport(Glibc)
            events = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        #else
            events = -1
        #endif
        var ends: [Int32] = [-1, -1]
        if pipe(&ends) == 0 {
            for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
        } else {
            ends = [-1, -1]
        }
        wake = (ends[0], ends[1])
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

    /// Wakes the thread that waits for events, which then closes its descriptors and ends `moments`.
    func stop() {
        lock.withLock {
            guard !isStopped else { return }
            isStopped = true
            // Under the lock: the thread closes the pipe only once it has seen `isStopped`.
            var byte: UInt8 = 1
            if wake.write >= 0 { _ = write(wake.write, &byte, 1) }
        }
    }

    private func run() {
        defer {
            lock.withLock {
                for descriptor in [events, wake.read, wake.write] where descriptor >= 0 { close(descriptor) }
                hasEnded = true
            }
            continuation.finish()
        }
        let isStopping = { self.lock.withLock { self.isStopped } }
        while true {
            if waitForEvent() && !isStopping() {
                // Once the folders have been quiet for `settle`, or an interval after the event at the latest:
                // a file written without pause is looked at no more often than with no events at all.
                let first = ContinuousClock.now
                drainEvents()
                repeat {
                    Thread.sleep(forTimeInterval: settle.inSeconds)
                } while drainEvents() && ContinuousClock.now - first < interval && !isStopping()
            }
            guard !isStopping() else { return }
            continuation.yield(.now)
        }
    }

    /// Waits up to the interval for an event in a watched folder, or until `stop()`; whether an event came.
    /// (`poll` leaves out a descriptor of -1, and without either it only waits.)
    private func waitForEvent() -> Bool {
        var descriptors = [
            pollfd(fd: events, events: Int16(POLLIN), revents: 0),
            pollfd(fd: wake.read, events: Int16(POLLIN), revents: 0),
        ]
        let ready = poll(&descriptors, nfds_t(descriptors.count), Int32(interval.inSeconds * 1000))
        return ready > 0 && descriptors[0].revents & Int16(POLLIN) != 0
    }

    /// Reads every event waiting (what changed is for the listing to say); whether there was any.
    @discardableResult
    private func drainEvents() -> Bool {
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        var isAny = false
        while buffer.withUnsafeMutableBytes({ read(events, $0.baseAddress, $0.count) }) > 0 { isAny = true }
        return isAny
    }
}
