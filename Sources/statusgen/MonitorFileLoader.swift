import Foundation
import StatusgenCore
import StatusgenModel

/// Reads the site's monitor results files in fixed-size buffers and hands the bytes to the core's
/// `MonitorFileReader`, so that memory stays flat however large the files grow.
struct MonitorFileLoader {
    /// The site's root folder.
    let root: URL
    /// The site's timezone, in which days are counted.
    let timeZone: TimeZone

    /// The size of the buffer each file is read through.
    static let bufferSize = 1 << 20

    /// Reads every file of `paths` (relative to the site root).
    func load(_ paths: [String]) throws -> [MonitorFileResult] {
        try paths.map { path in
            let file = try OpenFile(root: root, path: path)
            defer { file.close() }
            var reader = MonitorFileReader(path: path, timeZone: timeZone)
            try file.read(from: 0, to: file.size) { reader.consume($0) }
            return reader.finish()
        }
    }
}

/// A file opened for reading, with its identity and size when it was opened.
struct OpenFile {
    let path: String
    let descriptor: Int32
    let size: Int
    let device: UInt64
    let inode: UInt64

    init(root: URL, path: String) throws {
        self.path = path
        let descriptor = open(root.appendingPathComponent(path).path, O_RDONLY)
        guard descriptor >= 0 else {
            throw SiteLoader.Failure(description: "\(path): cannot read the file: \(String(cString: strerror(errno)))")
        }
        var status = stat()
        guard fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else {
            Foundation.close(descriptor)
            throw SiteLoader.Failure(description: "\(path): not a regular file")
        }
        self.descriptor = descriptor
        self.size = Int(status.st_size)
        self.device = UInt64(status.st_dev)
        self.inode = UInt64(status.st_ino)
    }

    func close() {
        Foundation.close(descriptor)
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
                throw SiteLoader.Failure(
                    description: "\(path): cannot read the file: \(String(cString: strerror(errno)))")
            }
            if count == 0 { return }
            body(UnsafeRawBufferPointer(rebasing: buffer[0..<count]))
            offset += count
        }
    }
}
