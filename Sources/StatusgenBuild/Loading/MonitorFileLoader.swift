import Foundation
import StatusgenCore
import StatusgenModel

/// Reads the site's monitor results files in fixed-size buffers and hands the bytes to the core's
/// `MonitorFileReader`, so that memory stays flat however large the files grow.
struct MonitorFileLoader {
    /// The site's root folder.
    let root: URL
    /// The site's timezone, in which days are counted.
    let timeZone: TimeZone
    /// Whether to continue from `.statusgen-cache/` and update it.
    var usesCache = true

    /// The size of the buffer each file is read through.
    static let bufferSize = 1 << 20

    /// Files at least this large are read in two halves at once when the machine has two cores.
    static let splitSize = 8 << 20

    /// Reads every file of `paths` (relative to the site root), continuing from the cache where it is
    /// valid and updating it afterwards. `notes` gets a warning for each damaged cache entry, which is ignored.
    func load(_ paths: [String], notes: inout [Diagnostic]) throws -> [MonitorFileResult] {
        let cache = usesCache ? MonitorCache(root: root, timeZone: timeZone) : nil
        var results: [MonitorFileResult] = []
        for path in paths {
            let file = try OpenFile(root: root, path: path)
            defer { file.close() }
            let result: MonitorFileResult
            if let cache, let checkpoint = cache.checkpoint(for: file, notes: &notes) {
                let reader = MonitorFileReader(path: path, timeZone: timeZone, continuing: checkpoint)
                result = try read(file, from: checkpoint.completeBytes, continuing: reader)
                if result.checkpoint != checkpoint, !result.hasErrors { cache.store(result.checkpoint, for: file) }
            } else {
                result = try read(file, from: 0)
                if !result.hasErrors { cache?.store(result.checkpoint, for: file) }
            }
            results.append(result)
        }
        cache?.removeEntries(except: paths)
        return results
    }

    /// Reads `file` from byte `start` (0, or a line boundary with `reader` continuing from there).
    func read(_ file: OpenFile, from start: Int, continuing reader: MonitorFileReader? = nil) throws
        -> MonitorFileResult
    {
        var reader = reader ?? MonitorFileReader(path: file.path, timeZone: timeZone)
        if file.size - start >= Self.splitSize, ProcessInfo.processInfo.activeProcessorCount > 1,
            let split = try file.lineBoundary(after: start + (file.size - start) / 2),
            let second = try secondPart(of: file)
        {
            // The second half on a thread of its own while this one reads the first.
            let secondResult = ResultSlot()
            let thread = Thread { [file, second] in
                var second = second
                secondResult.value = Result {
                    try file.read(from: split, to: file.size) { second.consume($0) }
                    return second.finish()
                }
            }
            thread.stackSize = 1 << 20
            thread.start()
            try file.read(from: start, to: split) { reader.consume($0) }
            let first = reader.finish()
            secondResult.wait()
            return first.joined(with: try secondResult.get())
        }
        try file.read(from: start, to: file.size) { reader.consume($0) }
        return reader.finish()
    }

    private func secondPart(of file: OpenFile) throws -> MonitorFileReader? {
        var part: MonitorFileReader?
        try file.read(from: 0, to: min(file.size, 64 << 10)) { head in
            part = MonitorFileReader.secondPart(path: file.path, timeZone: timeZone, head: head)
        }
        return part
    }
}

/// Where a thread leaves its result, and a way to wait for it.
private final class ResultSlot: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    var value: Result<MonitorFileResult, Error>? {
        didSet { done.signal() }
    }

    func wait() {
        done.wait()
    }

    func get() throws -> MonitorFileResult {
        guard let value else { throw CommandFailure("a monitor file was not read") }
        return try value.get()
    }
}
