import Foundation

/// A file opened for reading, with its identity and size when it was opened.
struct OpenFile {
    let path: String
    let descriptor: Int32
    let size: Int
    let device: UInt64
    let inode: UInt64
    /// The modification time, in nanoseconds since 1970.
    let modified: UInt64

    init(root: URL, path: String) throws {
        self.path = path
        // O_NONBLOCK: opening a named pipe for reading would wait for a writer forever; it is refused below.
        let descriptor = open(try SiteFilePath(root: root).resolve(path), O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw CommandFailure("\(path): cannot read the file: \(String(cString: strerror(errno)))")
        }
        var status = stat()
        guard fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else {
            Foundation.close(descriptor)
            throw CommandFailure("\(path): not a regular file")
        }
        self.descriptor = descriptor
        self.size = Int(status.st_size)
        self.device = UInt64(status.st_dev)
        self.inode = UInt64(status.st_ino)
        self.modified = UInt64(max(0, status.st_mtim.tv_sec)) &* 1_000_000_000 &+ UInt64(max(0, status.st_mtim.tv_nsec))
    }

    func close() {
        Foundation.close(descriptor)
    }

    /// The offset just after the first newline at or after `offset`, `nil` when there is none.
    func lineBoundary(after offset: Int) throws -> Int? {
        var position = offset
        var found: Int?
        while found == nil && position < size {
            let end = min(size, position + (64 << 10))
            var newline: Int?
            try read(from: position, to: end) { bytes in
                if newline == nil, let index = bytes.firstIndex(of: 10) { newline = index }
            }
            if let newline { found = position + newline + 1 }
            position = end
        }
        return found
    }

    /// Reads bytes `start..<end` through one fixed-size buffer, handing each filled part to `body`.
    /// Stops early at the end of the file, if it shrank.
    func read(from start: Int, to end: Int, _ body: (UnsafeRawBufferPointer) -> Void) throws {
        let buffer = UnsafeMutableRawBufferPointer.allocate(
            byteCount: MonitorFileLoader.bufferSize, alignment: 16)
        defer { buffer.deallocate() }
        var offset = start
        while offset < end {
            let wanted = min(buffer.count, end - offset)
            let count = pread(descriptor, buffer.baseAddress, wanted, off_t(offset))
            guard count >= 0 else {
                throw CommandFailure("\(path): cannot read the file: \(String(cString: strerror(errno)))")
            }
            if count == 0 { return }
            body(UnsafeRawBufferPointer(rebasing: buffer[0..<count]))
            offset += count
        }
    }
}
