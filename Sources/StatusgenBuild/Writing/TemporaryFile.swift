import Foundation

/// The temporary file that `AtomicFile` writes beside its target (`.NAME.UUID.tmp`), locked while open so
/// that the files of a command that was killed can be told from those of one still running.
struct TemporaryFile {
    let url: URL
    let descriptor: Int32

    /// Removes the file, if it was not renamed, and lets go of its lock.
    func remove() {
        unlink(url.path)
        close(descriptor)
    }

    /// How old a temporary file must be before it is taken for left behind, besides its lock being free:
    /// a margin for the instant between a writer's creating the file and locking it.
    static let staleAge: TimeInterval = 60

    /// Removes the temporary files in `folder` that a killed command left: named as `AtomicFile` names
    /// them, older than `staleAge`, and not locked. Failures are ignored; the next command tries again.
    static func removeStale(in folder: URL, now: Date = Date()) {
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return }
        for entry in entries where entry.hasPrefix(".") && entry.hasSuffix(".tmp") {
            let parts = entry.dropLast(".tmp".count).split(separator: ".")
            guard parts.count >= 2, let last = parts.last, UUID(uuidString: String(last)) != nil else { continue }
            let path = folder.appendingPathComponent(entry).path
            let descriptor = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
            guard descriptor >= 0 else { continue }
            defer { close(descriptor) }
            var status = stat()
            guard fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG,
                now.timeIntervalSince1970 - TimeInterval(status.st_mtim.tv_sec) >= staleAge,
                flock(descriptor, LOCK_EX | LOCK_NB) == 0
            else { continue }
            unlink(path)
        }
    }
}
