import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Tells when a file of the site changed, by comparing the size, modification time and inode of every
/// watched file with what they were.
///
/// It polls instead of asking the system for change events: inotify (Linux) and FSEvents (macOS) are
/// different APIs, miss changes on network and container bind mounts, and lose events when an editor
/// saves by renaming a new file over the old one. Listing a few hundred files twice a second costs next
/// to nothing and behaves the same everywhere.
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

    /// The stamps of every watched file now, by path; a missing file simply has none.
    func fingerprint() -> [String: Stamp] {
        var stamps: [String: Stamp] = [:]
        for path in paths { collect(path, into: &stamps) }
        return stamps
    }

    private func collect(_ path: String, into stamps: inout [String: Stamp]) {
        var status = stat()
        guard stat(root.appendingPathComponent(path).path, &status) == 0 else { return }
        if (status.st_mode & S_IFMT) == S_IFDIR {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(path).path))
            for name in names ?? [] where !ignores(name) { collect(path + "/" + name, into: &stamps) }
            return
        }
        #if canImport(Darwin)
            let modified = Int64(status.st_mtimespec.tv_sec) * 1_000_000_000 + Int64(status.st_mtimespec.tv_nsec)
        #else
            let modified = Int64(status.st_mtim.tv_sec) * 1_000_000_000 + Int64(status.st_mtim.tv_nsec)
        #endif
        stamps[path] = Stamp(size: Int64(status.st_size), modified: modified, inode: UInt64(status.st_ino))
    }
}
