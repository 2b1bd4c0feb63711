import Foundation
import StatusgenCore
import StatusgenModel

/// The site's `.statusgen-cache/` folder: per monitor file, how far it was read and the histories so far,
/// so that a build after an append reads only the new bytes. Anything wrong with it (missing, damaged,
/// from another version or settings, for a file that was rewritten) only means a full read: deleting
/// the folder never changes the site that is built.
struct MonitorCache {
    /// The folder's name in the site root; hidden, so that statusgen never reads it as input.
    static let folderName = SiteLayout.cacheFolder

    let folder: URL
    /// The key of the settings the histories were counted with.
    let settingsKey: String

    init(root: URL, timeZone: TimeZone) {
        folder = root.appendingPathComponent(Self.folderName)
        settingsKey = MonitorCacheEntry.settingsKey(timeZoneIdentifier: timeZone.identifier)
    }

    /// Where the entry of the monitor file at `path` (`monitors/NAME`) is kept.
    private func url(of path: String) -> URL {
        folder.appendingPathComponent(path + ".cache")
    }

    /// The checkpoint stored for `file`, if it is still valid: same settings, same file (device and inode),
    /// not edited in place (a changed modification time at the same size), at least as long as what was
    /// read, and the same bytes just before the point where reading stopped.
    /// Adds a warning to `notes` when the stored entry is damaged.
    func checkpoint(for file: OpenFile, notes: inout [Diagnostic]) -> MonitorFileCheckpoint? {
        guard let bytes = Self.contents(of: url(of: file.path)) else { return nil }
        let entry: MonitorCacheEntry
        do {
            entry = try MonitorCacheEntry(decoding: bytes)
        } catch {
            notes.append(
                .warning(
                    "ignored (\(error.reason)); \(file.path) is read in full",
                    at: SourceLocation(path: "\(Self.folderName)/\(file.path).cache")))
            return nil
        }
        guard entry.settingsKey == settingsKey, entry.device == file.device, entry.inode == file.inode,
            entry.size != UInt64(file.size) || entry.modified == file.modified,
            entry.checkpoint.completeBytes <= file.size,
            (try? tailHash(of: file, before: entry.checkpoint.completeBytes)) == entry.tailHash
        else { return nil }
        return entry.checkpoint
    }

    /// Stores `checkpoint` for `file`, atomically (a temporary file renamed over the old one). A cache
    /// that cannot be written is no error: the next build reads the whole file again.
    func store(_ checkpoint: MonitorFileCheckpoint, for file: OpenFile) {
        guard let hash = try? tailHash(of: file, before: checkpoint.completeBytes) else { return }
        let entry = MonitorCacheEntry(
            settingsKey: settingsKey, device: file.device, inode: file.inode, size: UInt64(file.size),
            modified: file.modified, tailHash: hash, checkpoint: checkpoint)
        let destination = url(of: file.path)
        let temporary = destination.deletingLastPathComponent()
            .appendingPathComponent(".\(destination.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier)")
        do {
            try FileManager.default.createDirectory(
                at: destination.deletingLastPathComponent(), withIntermediateDirectories: true)
            guard Self.write(entry.encoded(), to: temporary), rename(temporary.path, destination.path) == 0 else {
                try? FileManager.default.removeItem(at: temporary)
                return
            }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
        }
    }

    /// Removes the entries of monitor files other than `paths` (files deleted or renamed since), so that
    /// the folder does not keep them for ever. Hidden files, such as another build's half-written entry,
    /// are left alone.
    func removeEntries(except paths: [String]) {
        let kept = Set(paths.map { url(of: $0).lastPathComponent })
        let entries = folder.appendingPathComponent(SiteLayout.monitorsFolder)
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: entries.path) else { return }
        for name in names where name.hasSuffix(".cache") && !name.hasPrefix(".") && !kept.contains(name) {
            try? FileManager.default.removeItem(at: entries.appendingPathComponent(name))
        }
    }

    /// The bytes of the file at `url`, read straight into one array; `nil` when it cannot be read.
    private static func contents(of url: URL) -> [UInt8]? {
        let descriptor = open(url.path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return nil }
        let size = Int(status.st_size)
        var complete = true
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
            var done = 0
            while done < size, let base = buffer.baseAddress {
                let read = Foundation.read(descriptor, base + done, size - done)
                guard read > 0 else { break }
                done += read
            }
            complete = done == size
            count = done
        }
        return complete ? bytes : nil
    }

    /// Writes `bytes` to a new file at `url`; whether it worked.
    private static func write(_ bytes: [UInt8], to url: URL) -> Bool {
        let descriptor = open(url.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        return bytes.withUnsafeBytes { buffer in
            var done = 0
            while done < buffer.count, let base = buffer.baseAddress {
                let written = Foundation.write(descriptor, base + done, buffer.count - done)
                guard written > 0 else { return false }
                done += written
            }
            return true
        }
    }

    /// The hash of the bytes of `file` just before `offset` (at most `MonitorCacheEntry.tailLength`).
    private func tailHash(of file: OpenFile, before offset: Int) throws -> UInt64 {
        let start = max(0, offset - MonitorCacheEntry.tailLength)
        var tail: [UInt8] = []
        try file.read(from: start, to: offset) { tail += $0 }
        guard tail.count == offset - start else { throw CommandFailure("\(file.path): shorter") }
        return tail.withUnsafeBytes(MonitorCacheEntry.hash)
    }
}
