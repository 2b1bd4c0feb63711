import Foundation

/// Writes a file whole or not at all: the bytes go to a temporary file in the same folder, which is then
/// renamed over the old file (or linked to a new name), so a reader, a crash or a full disk never leaves
/// half a file behind.
public enum AtomicFile {
    /// Replaces the file at `url` with `contents`, keeping its permissions. Refuses when the file no longer
    /// holds `expected`, the bytes the edit was made from: someone else changed it in the meantime.
    /// A symbolic link stays a link: the file it points to is the one replaced.
    public static func replace(_ url: URL, with contents: Data, expected: Data) throws {
        guard let resolved = realpath(url.path, nil) else { throw failure(url, errno) }
        let target = URL(fileURLWithPath: String(cString: resolved))
        free(resolved)
        var status = stat()
        guard stat(target.path, &status) == 0 else { throw failure(url, errno) }
        let temporary = try writeTemporary(contents, beside: target, mode: status.st_mode & 0o7777)
        defer { temporary.remove() }
        // Comparing and renaming under a lock of the folder (which, unlike the file, no rename replaces),
        // so that of two commands that read the same bytes, the second sees the first's change.
        // Where a file system has no locks (some network ones), the comparison alone still catches most.
        let folder = open(target.deletingLastPathComponent().path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        defer { if folder >= 0 { close(folder) } }
        if folder >= 0 { _ = flock(folder, LOCK_EX) }
        guard (try? Data(contentsOf: target)) == expected else {
            throw CommandFailure("\(url.lastPathComponent) changed while it was being edited; run the command again")
        }
        guard rename(temporary.url.path, target.path) == 0 else { throw failure(url, errno) }
    }

    /// Writes `contents` to a new file at `url`; returns false, writing nothing, when the name is taken.
    public static func create(_ url: URL, with contents: Data) throws -> Bool {
        let temporary = try writeTemporary(contents, beside: url, mode: nil)
        defer { temporary.remove() }
        // link() never replaces an existing file, unlike rename().
        if link(temporary.url.path, url.path) == 0 { return true }
        if errno == EEXIST { return false }
        throw failure(url, errno)
    }

    /// `mode`: the permissions to give the file; `nil` for a new file's usual ones (0666 less the umask).
    private static func writeTemporary(_ contents: Data, beside url: URL, mode: mode_t?) throws -> TemporaryFile {
        TemporaryFile.removeStale(in: url.deletingLastPathComponent())
        // A hidden name, which the site's reader skips if a crash leaves it behind.
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).tmp")
        let descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode ?? 0o666)
        guard descriptor >= 0 else { throw failure(url, errno) }
        // Locked until it is renamed or removed: a file whose lock is free was left by a command that died.
        _ = flock(descriptor, LOCK_EX)
        var written = 0
        var code: Int32 = 0
        contents.withUnsafeBytes { buffer in
            while written < buffer.count {
                let count = write(descriptor, buffer.baseAddress?.advanced(by: written), buffer.count - written)
                if count < 0 {
                    if errno == EINTR { continue }
                    code = errno
                    return
                }
                written += count
            }
        }
        // The umask applies at open(); an old file's permissions are set explicitly.
        if code == 0, let mode, fchmod(descriptor, mode) != 0 { code = errno }
        if code == 0 && fsync(descriptor) != 0 { code = errno }
        let file = TemporaryFile(url: temporary, descriptor: descriptor)
        guard code == 0 else {
            file.remove()
            throw failure(url, code)
        }
        return file
    }

    private static func failure(_ url: URL, _ code: Int32) -> CommandFailure {
        CommandFailure("\(url.path): cannot write the file: \(String(cString: strerror(code)))")
    }
}
