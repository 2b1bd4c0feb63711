import CSwapDirectories
import Foundation

/// A lock on a folder that `SiteWriter` writes beside the output (`.site.building-UUID`, made anew or
/// a claimed `SpareSite`) or retires (`.site.old-UUID`), held for as long as a build uses it, so that
/// the clean-up of folders left behind by a killed build never removes one that a running build is
/// writing.
struct StagingFolder {
    /// The folder, open.
    let descriptor: Int32

    /// Takes the lock on `folder`, waiting for a clean-up that holds it to let go.
    init(locking folder: URL) throws {
        descriptor = open(folder.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw CommandFailure("\(folder.path): cannot open the folder: \(String(cString: strerror(errno)))")
        }
        // A file system without locks (some network ones) still builds; only the clean-up is less careful.
        _ = flock(descriptor, LOCK_EX)
    }

    /// The lock held on the folder open as `descriptor`, which is then the lock's to close.
    init(locked descriptor: Int32) {
        self.descriptor = descriptor
    }

    func unlock() {
        close(descriptor)
    }

    /// Writes every file of the folder's file system to disk: the staged site, whose files were written
    /// without waiting (`StagedFile`), is then whole on disk before it is swapped in.
    func syncToDisk() throws {
        guard statusgen_sync_file_system(descriptor) == 0 else {
            throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
        }
    }

    /// Removes the staging and retired folders of `destination` that a killed build left behind: those
    /// with statusgen's marker file whose lock no running build holds. Failures are ignored; the next
    /// build tries again.
    static func removeStale(of destination: URL) {
        let parent = destination.deletingLastPathComponent()
        let name = destination.lastPathComponent
        let prefixes = [".\(name).building-", ".\(name).old-"]
        let manager = FileManager.default
        guard let entries = try? manager.contentsOfDirectory(atPath: parent.path) else { return }
        for entry in entries {
            guard let prefix = prefixes.first(where: entry.hasPrefix),
                UUID(uuidString: String(entry.dropFirst(prefix.count))) != nil
            else { continue }
            let folder = parent.appendingPathComponent(entry)
            let descriptor = open(folder.path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
            guard descriptor >= 0 else { continue }
            defer { close(descriptor) }
            // The marker is checked under the lock: a build writes it only once it holds the lock.
            guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else { continue }
            if manager.fileExists(atPath: folder.appendingPathComponent(SiteWriter.markerName).path) {
                remove(folder)
            } else if isOlderThanAMinute(descriptor) {
                // A build killed between creating the folder and writing the marker: rmdir() removes it
                // only while it is empty, so nothing but an empty folder is ever removed this way.
                rmdir(folder.path)
            }
        }
    }

    /// Removes `folder`, a staging or retired site, its marker last: a build killed while removing it
    /// leaves a folder that still holds the marker, which the next build's clean-up removes.
    static func remove(_ folder: URL) {
        let manager = FileManager.default
        if let entries = try? manager.contentsOfDirectory(atPath: folder.path) {
            for entry in entries where entry != SiteWriter.markerName {
                try? manager.removeItem(at: folder.appendingPathComponent(entry))
            }
        }
        try? manager.removeItem(at: folder)
    }

    /// Whether the folder open as `descriptor` was last changed a minute ago or more: a build that has
    /// just created its folder, and not yet locked it, is not taken for a killed one.
    private static func isOlderThanAMinute(_ descriptor: Int32) -> Bool {
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return false }
        return Date().timeIntervalSince1970 - TimeInterval(status.st_mtim.tv_sec) >= 60
    }
}
