import Foundation

/// A file of `.statusgen-cache/`, written whole or not at all.
enum CacheFile {
    /// Writes `contents` to a temporary file beside `url` and renames it over `url`, so that a reader
    /// finds the old file or the new one. A cache that cannot be written is no error: it is left out.
    static func write(_ contents: Data, to url: URL) {
        write(to: url) { try contents.write(to: $0) }
    }

    /// Writes the parts of `parts` one after the other as `write(_:to:)` writes its contents, each as
    /// soon as it is made: a large cache is never whole in memory.
    static func write(_ parts: some Sequence<[UInt8]>, to url: URL) {
        write(to: url) { temporary in
            let descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
            guard descriptor >= 0 else { throw CocoaError(.fileWriteUnknown) }
            let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
            for part in parts { try handle.write(contentsOf: part) }
            // A file that could not be closed whole is not renamed over the old one.
            try handle.close()
        }
    }

    private static func write(to url: URL, with writeTemporary: (URL) throws -> Void) {
        let folder = url.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(
            ".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier)")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try writeTemporary(temporary)
            guard rename(temporary.path, url.path) == 0 else { throw CocoaError(.fileWriteUnknown) }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
        }
    }
}
