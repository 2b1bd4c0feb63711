import Foundation

/// Stamps of many files under one folder, each taken relative to its parent folder, which stays open
/// while the paths asked for are in it: the kernel then walks one path component per file rather than
/// every component of its full path. Paths come as bytes and make no strings, since a no-change build
/// takes the stamp of every input and every output this way. Wherever a folder cannot be opened or a
/// file cannot be stamped for another reason than its absence, the stamp is taken by the full path, as
/// `FileStamp(path:)` takes it.
final class FolderStamps {
    private let root: String
    /// The folder of the last path asked for (relative to the root) and its descriptor, or -1 when it
    /// could not be opened: paths in sorted order share it, and one folder at a time is open.
    private var folder: [UInt8]?
    private var descriptor: Int32 = -1
    private var folderError: Int32 = 0
    /// The name of the file, with a terminating zero for the system call: one buffer for every call.
    private var name = UnsafeMutableRawBufferPointer.allocate(byteCount: 256, alignment: 1)

    /// Stamps of the files under the folder at `root`.
    init(root: String) {
        self.root = root
    }

    deinit {
        if descriptor >= 0 { close(descriptor) }
        name.deallocate()
    }

    /// The stamp of the file or folder at `path`, relative to the root.
    func stamp(of path: String) -> FileStamp? {
        var path = path
        return path.withUTF8 { stamp(of: UnsafeRawBufferPointer($0)) }
    }

    /// The stamp of the file or folder at `path` (UTF-8, relative to the root; empty for the root itself).
    func stamp(of path: UnsafeRawBufferPointer) -> FileStamp? {
        guard !path.isEmpty else { return FileStamp(path: root) }
        let slash = Self.lastSlash(in: path)
        open(slash.map { UnsafeRawBufferPointer(rebasing: path[..<$0]) })
        guard descriptor >= 0 else {
            return folderError == ENOENT || folderError == ENOTDIR ? nil : fullPathStamp(path)
        }
        let file = UnsafeRawBufferPointer(rebasing: path[(slash.map { $0 + 1 } ?? 0)...])
        if file.count >= name.count {
            name.deallocate()
            name = .allocate(byteCount: file.count + 1, alignment: 1)
        }
        name.copyMemory(from: file)
        name[file.count] = 0
        var status = stat()
        guard fstatat(descriptor, name.baseAddress!.assumingMemoryBound(to: CChar.self), &status, 0) == 0 else {
            return errno == ENOENT || errno == ENOTDIR ? nil : fullPathStamp(path)
        }
        return FileStamp(status)
    }

    /// Where the last `/` of `path` is: a plain loop over the bytes, which a no-change build runs for every
    /// file of the site (the generic `lastIndex(of:)` cost it 2%).
    private static func lastSlash(in path: UnsafeRawBufferPointer) -> Int? {
        var index = path.count
        while index > 0 {
            index -= 1
            if path.load(fromByteOffset: index, as: UInt8.self) == UInt8(ascii: "/") { return index }
        }
        return nil
    }

    /// Makes the folder at `folder` (relative to the root; `nil` for the root) the open one.
    private func open(_ folder: UnsafeRawBufferPointer?) {
        let bytes = folder ?? UnsafeRawBufferPointer(start: nil, count: 0)
        if let current = self.folder, current.elementsEqual(bytes) { return }
        let key = Array(bytes)
        if descriptor >= 0 { close(descriptor) }
        let path = key.isEmpty ? root : root + "/" + String(decoding: key, as: UTF8.self)
        descriptor = Glibc.open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        folderError = descriptor < 0 ? errno : 0
        self.folder = key
    }

    private func fullPathStamp(_ path: UnsafeRawBufferPointer) -> FileStamp? {
        FileStamp(path: root + "/" + String(decoding: path, as: UTF8.self))
    }
}
