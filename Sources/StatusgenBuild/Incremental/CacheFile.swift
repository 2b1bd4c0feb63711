import Foundation

/// A file of `.statusgen-cache/`, written whole or not at all.
enum CacheFile {
    /// Writes `contents` to a temporary file beside `url` and renames it over `url`, so that a reader
    /// finds the old file or the new one. A cache that cannot be written is no error: it is left out.
    static func write(_ contents: Data, to url: URL) {
        let folder = url.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(
            ".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier)")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try contents.write(to: temporary)
            guard rename(temporary.path, url.path) == 0 else { throw CocoaError(.fileWriteUnknown) }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
        }
    }
}
