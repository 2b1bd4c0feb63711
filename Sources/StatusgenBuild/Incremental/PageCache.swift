import Foundation
import StatusgenModel
import StatusgenRendering

/// The pages of the last build written to an output folder, kept in the site's `.statusgen-cache/`:
/// for each reusable page, the digest of its key and the stamp of its file in the output. A build reuses
/// a page whose key is the same as its file in the output folder, without reading it, only while that
/// file is untouched since (same stamp): the writer keeps the file, as long as it still has that stamp.
/// Anything wrong with the cache only means pages are rendered again: deleting it never changes the
/// site that is built.
struct PageCache {
    /// The cache's file in the site root.
    static let fileName = SiteLayout.cacheFolder + "/pages"
    private static let header = "statusgen pages 2"

    let file: URL
    /// The output folder, as `SiteWriter` resolves it.
    let destination: URL

    init(root: URL, destination: URL) {
        file = root.appendingPathComponent(Self.fileName)
        self.destination = destination
    }

    /// A page's key digest and the stamp of its file in the output folder.
    struct Entry: Sendable {
        let digest: String
        let stamp: FileStamp
    }

    /// The stored entries for this output folder, by path; none when the cache is missing, damaged or
    /// for another folder.
    func entries() -> [String: Entry] {
        guard let bytes = FileManager.default.contents(atPath: file.path) else { return [:] }
        let head = Array((Self.header + "\n" + destination.path + "\n").utf8)
        guard bytes.starts(with: head) else { return [:] }
        return bytes.withUnsafeBytes { buffer in
            var entries: [String: Entry] = [:]
            let body = UnsafeRawBufferPointer(rebasing: buffer[head.count...])
            let isWhole = CacheLines.forEach(in: body, fields: 3) { field in
                guard let stamp = FileStamp(bytes: field[1]) else { return false }
                let text = { (index: Int) in String(decoding: field[index], as: UTF8.self) }
                entries[text(2)] = Entry(digest: text(0), stamp: stamp)
                return true
            }
            return isWhole ? entries : [:]
        }
    }

    /// The pages a build took from the output folder, each with the stamp its file had then, which the
    /// writer keeps while they still have it.
    final class Taken: @unchecked Sendable {
        /// Guarded by `lock`.
        private var taken: [String: FileStamp] = [:]
        private let lock = NSLock()

        /// The stamp of each page taken, by path.
        var stamps: [String: FileStamp] { lock.withLock { taken } }

        fileprivate func add(_ path: String, _ stamp: FileStamp) {
            lock.withLock { taken[path] = stamp }
        }
    }

    /// Reuse of the pages of `entries` whose file in the output folder is untouched, for inputs of `digests`:
    /// as the folder holds them (`PreviousPage.published`), each noted in `taken` with its stamp.
    func reuse(_ entries: [String: Entry], _ digests: InputDigests, noting taken: Taken) -> PageReuse {
        let folder = OpenFolder(destination.path)
        return PageReuse(sharedDigest: digests.shared, fileDigests: digests.incidents) { path, key in
            guard let entry = entries[path], entry.digest == key else { return nil }
            // Stamped relative to the output folder; the writer checks the stamp again when it keeps the file.
            var status = stat()
            guard fstatat(folder.descriptor, path, &status, 0) == 0, FileStamp(status) == entry.stamp else {
                return nil
            }
            taken.add(path, entry.stamp)
            return .published
        }
    }

    /// Records the pages of `keys` (key by path) as the site the build wrote holds them (`site`: the stamp
    /// of each of its files, by path, as `SiteWriter` took them), atomically; without `site`, forgets
    /// every page. A cache that cannot be written is no error.
    func store(_ keys: [String: String], site: [String: FileStamp]?) {
        guard let site else {
            try? FileManager.default.removeItem(at: file)
            return
        }
        var bytes = Array((Self.header + "\n" + destination.path + "\n").utf8)
        for (path, key) in keys.sorted(by: { $0.key < $1.key }) {
            guard !path.utf8.contains(UInt8(ascii: "\n")), !path.utf8.contains(UInt8(ascii: "\t")),
                let stamp = site[path]
            else { continue }
            // Appended as bytes: the cache has a line for every page of the site.
            bytes += key.utf8
            bytes.append(UInt8(ascii: "\t"))
            stamp.append(to: &bytes)
            bytes.append(UInt8(ascii: "\t"))
            bytes += path.utf8
            bytes.append(UInt8(ascii: "\n"))
        }
        CacheFile.write(Data(bytes), to: file)
    }
}
