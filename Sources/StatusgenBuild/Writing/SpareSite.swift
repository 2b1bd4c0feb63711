import Foundation
import StatusgenModel

/// The site before the current one, kept beside the output folder (`.site.spare`) after a build swaps
/// a new site in, so that the next build stages its site by changing only what differs from it rather
/// than by linking every file again. Its files are hard links shared with the output folder wherever
/// their bytes did not change, so it takes the room of the changed files alone.
enum SpareSite {
    /// Where the spare of `destination` is kept.
    static func location(of destination: URL) -> URL {
        destination.deletingLastPathComponent().appendingPathComponent(".\(destination.lastPathComponent).spare")
    }

    /// Moves the spare of `destination` to `staging`, where a build stages its site, and locks it there;
    /// `nil` when there is none. Only a real folder holding statusgen's marker is taken, and only by one
    /// build: another at the same moment finds it locked or gone, and stages from nothing.
    static func claim(of destination: URL, as staging: URL) -> StagingFolder? {
        let spare = location(of: destination)
        let descriptor = open(spare.path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        // Locked before it is renamed, so that no clean-up takes it for the folder of a killed build.
        var status = stat()
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0,
            fstatat(descriptor, SiteWriter.markerName, &status, AT_SYMLINK_NOFOLLOW) == 0,
            status.st_mode & S_IFMT == S_IFREG, rename(spare.path, staging.path) == 0
        else {
            close(descriptor)
            return nil
        }
        // The folder renamed must be the one locked: a build held up between opening and locking may find
        // that another has meanwhile staged in that folder, published it, and kept a newer spare.
        var moved = stat()
        guard fstat(descriptor, &status) == 0, lstat(staging.path, &moved) == 0, status.st_dev == moved.st_dev,
            status.st_ino == moved.st_ino
        else {
            close(descriptor)
            StagingFolder.remove(staging)
            return nil
        }
        return StagingFolder(locked: descriptor)
    }

    /// Removes from the claimed spare (open as `folder`) every file and folder that the files at `paths` do
    /// not need, and gives the folders kept the mode a new folder has; the stamps of what is left, by path.
    /// `nil` when that cannot be done whole, or the spare holds anything but files and folders (a
    /// symbolic link, which the build would write through): the spare is then not to be used.
    static func clear(_ folder: Int32, keeping paths: Set<String>) -> [String: FileStamp]? {
        guard let entries = FolderListing.entries(of: folder, followingLinks: false) else { return nil }
        var folders: Set<String> = []
        for path in paths {
            // By bytes: `/` is ASCII, and the spare holds a file for each of thousands of pages.
            var end = path.utf8.endIndex
            while let slash = path.utf8[..<end].lastIndex(of: UInt8(ascii: "/")) {
                end = slash
                guard folders.insert(String(path[..<slash])).inserted else { break }
            }
        }
        // As `mkdir` would make it: a changed umask reaches folders kept from build to build too.
        let mask = umask(0o022)
        umask(mask)
        let mode = 0o777 & ~mask
        guard fchmod(folder, mode) == 0 else { return nil }
        var kept: [String: FileStamp] = [:]
        // Deepest first: a folder's entries sort after the folder itself.
        for entry in entries.sorted(by: { $0.path > $1.path }) {
            if !entry.stamp.isFolder && paths.contains(entry.path) {
                kept[entry.path] = entry.stamp
            } else if entry.stamp.isFolder && folders.contains(entry.path) {
                guard fchmodat(folder, entry.path, mode, 0) == 0 else { return nil }
                kept[entry.path] = entry.stamp
            } else if unlinkat(folder, entry.path, entry.stamp.isFolder ? AT_REMOVEDIR : 0) != 0 {
                return nil
            }
        }
        return kept
    }

    /// Keeps `retired`, the site a swap just replaced, as the spare of `destination`; removes it when
    /// another build has kept its own meanwhile, or it cannot be moved.
    static func keep(_ retired: URL, of destination: URL) {
        if rename(retired.path, location(of: destination).path) != 0 {
            StagingFolder.remove(retired)
        }
    }
}
