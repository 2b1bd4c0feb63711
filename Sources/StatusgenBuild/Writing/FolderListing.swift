import Foundation

/// Every file and folder under a folder with its stamp, found by reading each folder once and taking
/// each stamp relative to its open folder: the writer lists a whole site this way, for itself, the build
/// record and the page cache.
enum FolderListing {
    /// An entry: its path relative to the listed folder, and its stamp.
    struct Entry {
        let path: String
        let stamp: FileStamp
    }

    /// The regular files and folders under the folder open as `folder` (which stays open), in no particular
    /// order; `nil` when any of it cannot be read or stamped, or holds anything else, or a name that is not
    /// UTF-8, so that no caller takes a part of the folder for the whole. With `followingLinks`, a symbolic
    /// link stands for what it points to, but a linked folder is not entered; without, a symbolic link
    /// anywhere in it counts as something else than a file or folder.
    static func entries(of folder: Int32, followingLinks: Bool) -> [Entry]? {
        let descriptor = dup(folder)
        guard descriptor >= 0 else { return nil }
        // Read from its start, whoever read the folder before.
        lseek(descriptor, 0, SEEK_SET)
        var entries: [Entry] = []
        return add(descriptor, prefix: "", followingLinks: followingLinks, to: &entries) ? entries : nil
    }

    /// The stamps of `entries(of:followingLinks:)` (following links), by path.
    static func stamps(of folder: Int32) -> [String: FileStamp]? {
        entries(of: folder, followingLinks: true).map { entries in
            Dictionary(entries.map { ($0.path, $0.stamp) }, uniquingKeysWith: { first, _ in first })
        }
    }

    /// Adds the entries of the folder open as `descriptor` (whose path is `prefix`), and closes it;
    /// whether all of them could be.
    private static func add(_ descriptor: Int32, prefix: String, followingLinks: Bool, to entries: inout [Entry])
        -> Bool
    {
        guard let directory = fdopendir(descriptor) else {
            close(descriptor)
            return false
        }
        defer { closedir(directory) }
        while let item = readdir(directory) {
            // The name's own bytes go to the system calls; the path keeps them only when they are UTF-8.
            var rawName = item.pointee.d_name
            let (name, isUTF8, isSelfOrParent) = withUnsafeBytes(of: &rawName) { bytes in
                let length = bytes.firstIndex(of: 0) ?? bytes.count
                let name = UnsafeRawBufferPointer(rebasing: bytes[..<length])
                let text = String(validating: name, as: UTF8.self)
                return (text ?? "", text != nil, name.elementsEqual(".".utf8) || name.elementsEqual("..".utf8))
            }
            guard !isSelfOrParent else { continue }
            guard isUTF8 else { return false }
            var status = stat()
            let found = withUnsafeBytes(of: &rawName) { bytes in
                fstatat(
                    descriptor, bytes.baseAddress!.assumingMemoryBound(to: CChar.self), &status,
                    followingLinks ? 0 : AT_SYMLINK_NOFOLLOW) == 0
            }
            guard found, let stamp = FileStamp(status) else { return false }
            let path = prefix.isEmpty ? name : prefix + "/" + name
            entries.append(Entry(path: path, stamp: stamp))
            guard stamp.isFolder else { continue }
            let inner = openat(descriptor, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
            if inner >= 0 {
                guard add(inner, prefix: path, followingLinks: followingLinks, to: &entries) else { return false }
            } else if errno != ELOOP && errno != ENOTDIR {
                // Only a linked folder (which is not entered) may fail to open.
                return false
            }
        }
        return true
    }
}
