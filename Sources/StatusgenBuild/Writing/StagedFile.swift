import Foundation

/// A file of a staged site, written without waiting for the disk: `StagingFolder.syncToDisk()` makes the
/// whole site durable in one call before it is swapped in, where Foundation's writing syncs every file.
enum StagedFile {
    /// Creates the file `path`, relative to the folder open as `folder`, and writes `contents` into it. A
    /// file already there is an error, never emptied: in a staged site it may share its bytes with the
    /// published one (a hard link).
    static func write(_ contents: Data, to path: String, in folder: Int32) throws {
        let descriptor = openat(folder, path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        defer { close(descriptor) }
        try contents.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let count = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if count < 0 && errno == EINTR { continue }
                guard count > 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
                offset += count
            }
        }
    }
}
