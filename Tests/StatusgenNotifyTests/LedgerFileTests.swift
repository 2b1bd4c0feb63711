import Foundation
import Testing

@testable import StatusgenNotify

@Suite("The ledger file's lock")
struct LedgerFileTests {
    @Test(
        "runs waiting for another's lock hold no thread that other tasks need, and each gets the lock when it is freed",
        .timeLimit(.minutes(1)))
    func waitsOffTheTaskThreads() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ledger-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("notify-ledger.txt")
        // Another run holds the ledger.
        let held = open(url.path, O_RDWR | O_CREAT, 0o644)
        #expect(flock(held, LOCK_EX) == 0)

        // More waiting runs than the threads Swift's tasks share: had they blocked those threads, the task
        // below that frees the lock would never run, and the test would run out of time.
        let runs = ProcessInfo.processInfo.activeProcessorCount + 2
        let waited = Counter()
        try await withThrowingTaskGroup(of: Void.self) { group in
            for _ in 0..<runs {
                group.addTask {
                    let file = try await LedgerFile(url: url, displayPath: "notify-ledger.txt") { waited.add() }
                    _ = file  // held until the task ends, so the runs take the lock in turn
                }
            }
            group.addTask {
                while waited.value < runs { try await Task.sleep(for: .milliseconds(10)) }
                close(held)
            }
            try await group.waitForAll()
        }
        #expect(waited.value == runs)
    }
}

/// A count that tasks on several threads add to.
private final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0

    var value: Int { lock.withLock { count } }
    func add() { lock.withLock { count += 1 } }
}
