import Foundation
import StatusgenModel

/// Writes a built site beside the output folder and swaps it in, so that readers of the folder see
/// either the old site or the new one, never a mix, and a failed build leaves the old site as it was.
///
/// Files whose bytes did not change are hard-linked from the old site, so they keep their modification
/// time and a sync to a web server or CDN only sends what changed. Every built site holds a marker file;
/// an existing folder without it is never replaced, since it may hold files that statusgen did not write.
public struct SiteWriter {
    /// What a write changed.
    public struct Summary: Equatable, Sendable {
        /// Files written with new bytes.
        public var changed = 0
        /// Files of the old site that the new one no longer has.
        public var removed = 0
    }

    /// The marker file in every built site.
    public static let markerName = ".statusgen-site"
    static let markerContents = Data(
        "This folder is built by statusgen and replaced on every build: edit the site's sources instead.\n".utf8)

    /// The folder to write, with symbolic links resolved so that a link to the web root keeps pointing
    /// at the site it serves.
    public let destination: URL
    /// The site's source folder, which the destination must never contain or be inside of its inputs.
    public let source: URL

    public init(destination: URL, source: URL) {
        self.destination = destination.resolvingSymlinksInPath()
        self.source = source.resolvingSymlinksInPath()
    }

    /// Writes `files` beside the destination and swaps them in; what changed.
    public func write(_ files: [OutputFile]) throws -> Summary {
        try write(files, unchanged: [:])
    }

    /// Writes `files` as `write(_:)` does; a file of `unchanged` (path and stamp) is known to hold the
    /// bytes given for it while its stamp is the same, so it is linked without being read again.
    ///
    /// The site is staged in the spare of the output (`SpareSite`, the site before the current one) when
    /// there is one, so that only the files that differ from it are linked, written or removed.
    func write(_ files: [OutputFile], unchanged: [String: FileStamp]) throws -> Summary {
        try checkDestination()
        // Each build stages in a folder of its own, so that two builds into one folder at the same time
        // (a timer and a person) never write into each other's files; the last swap wins, whole.
        var staging = stagingFolder()
        StagingFolder.removeStale(of: destination)
        let all = [OutputFile(path: Self.markerName, contents: Self.markerContents)] + files
        var summary = Summary()
        var lock: StagingFolder?
        defer { lock?.unlock() }
        do {
            var staged: [String: FileStamp] = [:]
            if let spare = SpareSite.claim(of: destination, as: staging) {
                if let kept = SpareSite.clear(staging, in: spare.descriptor, keeping: all) {
                    (lock, staged) = (spare, kept)
                } else {
                    spare.unlock()
                    StagingFolder.remove(staging)
                    staging = stagingFolder()
                }
            }
            if lock == nil {
                try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: true)
                // Locked before the marker is written, so that another build's clean-up (which removes only
                // folders with the marker whose lock it can take) never removes this one while it is in use.
                lock = try StagingFolder(locking: staging)
            }
            guard let folder = lock?.descriptor else { throw POSIXError(.EBADF) }
            let live = Dictionary(
                (FolderListing.entries(in: destination.path) ?? []).map { ($0.path, $0.stamp) },
                uniquingKeysWith: { first, _ in first })
            let published = open(destination.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
            defer { if published >= 0 { close(published) } }
            // Each folder made once, not once for each of its thousands of incident pages.
            var madeFolders = Set(staged.filter(\.value.isFolder).keys)
            // The marker first: a build killed at any point after it leaves a folder that the next cleans up.
            for file in all {
                try Self.makeFolders(of: file.path, in: folder, made: &madeFolders)
                let previous = live[file.path].flatMap { $0.isFolder ? nil : $0 }
                let isSame =
                    previous != nil
                    && (unchanged[file.path] == previous
                        || FileBytes.read(file.path, in: published, expecting: file.contents.count) == file.contents)
                if let kept = staged[file.path] {
                    // Already the published file itself (a hard link), or never to be written into: it may be.
                    if isSame, let previous, kept.device == previous.device, kept.inode == previous.inode { continue }
                    guard unlinkat(folder, file.path, 0) == 0 else {
                        throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
                    }
                }
                if isSame, linkat(published, file.path, folder, file.path, 0) == 0 { continue }
                do {
                    try StagedFile.write(file.contents, to: file.path, in: folder)
                } catch {
                    // Named by its path in the site, so that a name too long or a folder in the way says which file.
                    throw CommandFailure(
                        "cannot write \(destination.appendingPathComponent(file.path).path): \(FileProblem.reason(error))"
                    )
                }
                if file.path != Self.markerName { summary.changed += 1 }
            }
            let paths = Set(all.map(\.path))
            summary.removed = live.filter { !$0.value.isFolder && !paths.contains($0.key) }.count
            try lock?.syncToDisk()
            try FolderSwap.swap(staging, into: destination, retire: { SpareSite.keep($0, of: destination) })
        } catch {
            StagingFolder.remove(staging)
            throw CommandFailure(Self.describe(error, writing: destination))
        }
        return summary
    }

    /// A new staging folder's place beside the destination.
    private func stagingFolder() -> URL {
        destination.deletingLastPathComponent()
            .appendingPathComponent(".\(destination.lastPathComponent).building-\(UUID().uuidString)")
    }

    /// Makes the folders leading to `path` (relative to the folder open as `folder`) that are not in `made`.
    private static func makeFolders(of path: String, in folder: Int32, made: inout Set<String>) throws {
        guard let slash = path.lastIndex(of: "/") else { return }
        let parent = String(path[..<slash])
        guard !made.contains(parent) else { return }
        try makeFolders(of: parent, in: folder, made: &made)
        guard mkdirat(folder, parent, 0o777) == 0 || errno == EEXIST else {
            throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
        }
        made.insert(parent)
    }

    /// Refuses a destination that holds the site's sources, is a file, or is a folder statusgen did not build.
    private func checkDestination() throws {
        let target = destination.path
        let manager = FileManager.default
        if Self.isSameOrInside(source.path, target) {
            throw CommandFailure("the output folder \(target) contains the site's sources")
        }
        for input in [
            SiteLayout.incidentsFolder, SiteLayout.monitorsFolder, SiteLayout.templatesFolder, SiteLayout.staticFolder,
        ]
        where Self.isSameOrInside(target, source.appendingPathComponent(input).path) {
            throw CommandFailure("the output folder \(target) is inside the site's \(input)/ folder")
        }
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: target, isDirectory: &isDirectory) else { return }
        guard isDirectory.boolValue else {
            throw CommandFailure("the output \(target) is a file, not a folder")
        }
        let contents = (try? manager.contentsOfDirectory(atPath: target)) ?? []
        if !contents.isEmpty && !contents.contains(Self.markerName) {
            throw CommandFailure(
                "refusing to replace \(target): it holds files that statusgen did not build"
                    + " (a built site has a \(Self.markerName) file); empty it or choose another output folder")
        }
    }

    private static func isSameOrInside(_ path: String, _ folder: String) -> Bool {
        path == folder || path.hasPrefix(folder.hasSuffix("/") ? folder : folder + "/")
    }

    /// A sentence for a failure to write, naming the path and the system's reason.
    static func describe(_ error: Error, writing destination: URL) -> String {
        if let failure = error as? CommandFailure { return failure.description }
        return "cannot write the site to \(destination.path): " + FileProblem.reason(error)
    }
}
