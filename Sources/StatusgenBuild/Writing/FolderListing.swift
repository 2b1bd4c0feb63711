import Foundation

/// Every file and folder under a folder with its stamp, found by reading each folder once and taking
/// each stamp relative to its open folder: the writer and the build record list a whole site this way.
enum FolderListing {
    /// An entry: its path relative to the listed folder, and its stamp.
    struct Entry {
        let path: String
        let stamp: FileStamp
    }

    /// The regular files and folders under `folder`, in no particular order (a symbolic link stands for
    /// what it points to, but a linked folder is not entered); empty when it cannot be read.
    static func entries(in folder: String) -> [Entry] {
        var entries: [Entry] = []
        let descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return [] }
        add(descriptor, prefix: "", to: &entries)
        return entries
    }

    /// Adds the entries of the folder open as `descriptor` (whose path is `prefix`), and closes it.
    private static func add(_ descriptor: Int32, prefix: String, to entries: inout [Entry]) {
        guard let directory = fdopendir(descriptor) else {
            close(descriptor)
            return
        }
        defer { closedir(directory) }
        while let item = readdir(directory) {
            let name = withUnsafeBytes(of: item.pointee.d_name) { bytes in
                String(decoding: bytes.prefix { $0 != 0 }, as: UTF8.self)
            }
            guard name != ".", name != ".." else { continue }
            var status = stat()
            guard fstatat(descriptor, name, &status, 0) == 0, let stamp = FileStamp(status) else {
                continue
            }
            let path = prefix.isEmpty ? name : prefix + "/" + name
            entries.append(Entry(path: path, stamp: stamp))
            if stamp.isFolder {
                let inner = openat(descriptor, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
                if inner >= 0 { add(inner, prefix: path, to: &entries) }
            }
        }
    }
}
