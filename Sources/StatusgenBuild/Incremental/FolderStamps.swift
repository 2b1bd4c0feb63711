import Foundation

/// Stamps of many files under one folder, each taken relative to its parent folder, which is opened once:
/// the kernel then walks one path component per file rather than every component of its full path.
/// Paths come as bytes and make no strings, since a no-change build takes the stamp of every input
/// and every output this way.
final class FolderStamps {
    private let root: String
    private var folders: [[UInt8]: Int32] = [:]
    /// The folder of the last path asked for, and its descriptor: paths in sorted order share it.
    private var lastFolder: [UInt8]?
    private var lastDescriptor: Int32 = -1
    /// The name of the file, with a terminating zero for the system call.
    private var name: [CChar] = []

    /// Stamps of the files under the folder at `root`.
    init(root: String) {
        self.root = root
    }

    deinit {
        for descriptor in folders.values where descriptor >= 0 { close(descriptor) }
    }

    /// The stamp of the file or folder at `path`, relative to the root.
    func stamp(of path: String) -> FileStamp? {
        var path = path
        return path.withUTF8 { stamp(of: UnsafeRawBufferPointer($0)) }
    }

    /// The stamp of the file or folder at `path` (UTF-8, relative to the root; empty for the root itself).
    func stamp(of path: UnsafeRawBufferPointer) -> FileStamp? {
        guard !path.isEmpty else { return FileStamp(path: root) }
        let slash = path.lastIndex(of: UInt8(ascii: "/"))
        let descriptor = self.descriptor(of: slash.map { UnsafeRawBufferPointer(rebasing: path[..<$0]) })
        guard descriptor >= 0 else { return nil }
        name.removeAll(keepingCapacity: true)
        for byte in path[(slash.map { $0 + 1 } ?? 0)...] { name.append(CChar(bitPattern: byte)) }
        name.append(0)
        var status = stat()
        guard fstatat(descriptor, name, &status, 0) == 0 else { return nil }
        return FileStamp(status)
    }

    /// The open folder at `folder` (relative to the root; `nil` for the root), or -1 when it cannot be opened.
    private func descriptor(of folder: UnsafeRawBufferPointer?) -> Int32 {
        let key = folder.map { Array($0) } ?? []
        if let lastFolder, lastFolder == key { return lastDescriptor }
        let descriptor =
            folders[key]
            ?? {
                let path = key.isEmpty ? root : root + "/" + String(decoding: key, as: UTF8.self)
                let descriptor = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
                folders[key] = descriptor
                return descriptor
            }()
        lastFolder = key
        lastDescriptor = descriptor
        return descriptor
    }
}
