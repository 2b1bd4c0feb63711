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
        /// The incident pages (`incidents/ID.html`) among them: addresses that feeds, mails and chats may
        /// have linked to.
        public var removedIncidentPages: [String] = []
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
        try write(files, keeping: [:]).summary
    }

    /// A page to keep as the output folder holds it no longer has the stamp it was taken with: the build
    /// does not have its bytes, and must render it.
    struct PublishedPageChanged: Error {
        let path: String
    }

    /// What a write changed, and the site it swapped in as it was then.
    struct Written {
        let summary: Summary
        /// The stamp of every file and folder of the site swapped in (by path; "" for its folder), taken in
        /// the folder itself, so that they describe this build's files even when another build swaps its
        /// own in at once; `nil` when it could not all be stamped.
        let stamps: [String: FileStamp]?
    }

    /// Writes `files` as `write(_:)` does, and keeps each page of `published` (path and stamp) as the
    /// output folder holds it, while it has that stamp; one that no longer has it is thrown as
    /// `PublishedPageChanged`, and nothing is swapped in.
    ///
    /// The site is staged in the spare of the output (`SpareSite`, the site before the current one) when
    /// there is one, so that only the files that differ from it are linked, written or removed; anything
    /// wrong with the spare only means staging from nothing.
    func write(_ files: [OutputFile], keeping published: [String: FileStamp]) throws -> Written {
        try checkDestination()
        StagingFolder.removeStale(of: destination)
        // The marker first: a build killed at any point after it leaves a folder that the next cleans up.
        let all = [OutputFile(path: Self.markerName, contents: Self.markerContents)] + files
        let site = PublishedSite(destination)
        // Each build stages in a folder of its own, so that two builds into one folder at the same time
        // (a timer and a person) never write into each other's files; the last swap wins, whole.
        var staging = stagingFolder()
        var lock: StagingFolder?
        defer { lock?.unlock() }
        do {
            let summary: Summary
            if let staged = stageInSpare(all, at: staging, from: site, keeping: published) {
                (lock, summary) = (staged.lock, staged.summary)
            } else {
                staging = stagingFolder()
                try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: true)
                // Locked before the marker is written, so that another build's clean-up (which removes only
                // folders with the marker whose lock it can take) never removes this one while it is in use.
                let fresh = try StagingFolder(locking: staging)
                lock = fresh
                summary = try stage(all, in: fresh.descriptor, over: [:], from: site, keeping: published)
            }
            try lock?.syncToDisk()
            try FolderSwap.swap(staging, into: destination, retire: { SpareSite.keep($0, of: destination) })
            return Written(summary: summary, stamps: lock.flatMap { Self.stamps(of: $0.descriptor) })
        } catch {
            StagingFolder.remove(staging)
            if error is PublishedPageChanged { throw error }
            throw CommandFailure(Self.describe(error, writing: destination))
        }
    }

    /// Stages `files` in the spare of the output, claimed at `staging`: the lock on it and what changed;
    /// `nil` when there is no spare, or anything in it goes wrong (it is then removed).
    private func stageInSpare(
        _ files: [OutputFile], at staging: URL, from site: PublishedSite, keeping published: [String: FileStamp]
    ) -> (lock: StagingFolder, summary: Summary)? {
        guard let spare = SpareSite.claim(of: destination, as: staging) else { return nil }
        if let kept = SpareSite.clear(spare.descriptor, keeping: Set(files.map(\.path)).union(published.keys)),
            let summary = try? stage(files, in: spare.descriptor, over: kept, from: site, keeping: published)
        {
            return (spare, summary)
        }
        spare.unlock()
        StagingFolder.remove(staging)
        return nil
    }

    /// Writes `files` into the staging folder open as `folder`, which holds `kept` (by path: what is left
    /// of a spare), linking each file whose bytes `site` holds, and each page of `published` from it; what
    /// changed.
    private func stage(
        _ files: [OutputFile], in folder: Int32, over kept: [String: FileStamp], from site: PublishedSite,
        keeping published: [String: FileStamp]
    ) throws -> Summary {
        var summary = Summary()
        // Each folder made once, not once for each of its thousands of incident pages.
        var madeFolders = Set(kept.filter(\.value.isFolder).keys)
        for (path, stamp) in published {
            try makeFolders(of: path, in: folder, made: &madeFolders)
            guard site.stamp(of: path) == stamp else { throw PublishedPageChanged(path: path) }
            // A file of the spare that is the published file itself (a hard link) is that page already.
            if let staged = kept[path] {
                if staged.device == stamp.device, staged.inode == stamp.inode { continue }
                guard unlinkat(folder, path, 0) == 0 else { throw failure(writing: path) }
            }
            guard link(path, from: site, to: folder, expecting: stamp) else { throw PublishedPageChanged(path: path) }
        }
        for file in files {
            try makeFolders(of: file.path, in: folder, made: &madeFolders)
            let previous = site.stamp(of: file.path)
            let isSame = previous != nil && site.read(file.path, expecting: file.contents.count) == file.contents
            if let staged = kept[file.path] {
                // A file of the spare that is the published file itself (a hard link) holds the bytes already.
                // Any other is replaced, never written into: it may be linked to a site published before.
                if isSame, let previous, staged.device == previous.device, staged.inode == previous.inode { continue }
                guard unlinkat(folder, file.path, 0) == 0 else { throw failure(writing: file.path) }
            }
            if isSame, let previous, link(file.path, from: site, to: folder, expecting: previous) { continue }
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
        let kept = Set(files.map(\.path)).union(published.keys)
        summary.removed = site.countFiles(notIn: kept)
        summary.removedIncidentPages = site.incidentPages(notIn: kept)
        return summary
    }

    /// Links the file at `path` of `published` into the folder open as `folder`; whether it is linked
    /// there as the file `stamp` describes. A file replaced since it was stamped is unlinked again.
    private func link(_ path: String, from published: PublishedSite, to folder: Int32, expecting stamp: FileStamp)
        -> Bool
    {
        guard linkat(published.descriptor, path, folder, path, 0) == 0 else { return false }
        var status = stat()
        if fstatat(folder, path, &status, AT_SYMLINK_NOFOLLOW) == 0, UInt64(status.st_dev) == stamp.device,
            UInt64(status.st_ino) == stamp.inode
        {
            return true
        }
        unlinkat(folder, path, 0)
        return false
    }

    /// The stamps of the folder open as `folder` and of everything in it, by path ("" for the folder).
    private static func stamps(of folder: Int32) -> [String: FileStamp]? {
        var status = stat()
        guard fstat(folder, &status) == 0, let stamp = FileStamp(status),
            var stamps = FolderListing.stamps(of: folder)
        else { return nil }
        stamps[""] = stamp
        return stamps
    }

    /// A new staging folder's place beside the destination.
    private func stagingFolder() -> URL {
        destination.deletingLastPathComponent()
            .appendingPathComponent(".\(destination.lastPathComponent).building-\(UUID().uuidString)")
    }

    /// Makes the folders leading to `path` (relative to the folder open as `folder`) that are not in `made`.
    private func makeFolders(of path: String, in folder: Int32, made: inout Set<String>) throws {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return }
        let parent = String(path[..<slash])
        guard !made.contains(parent) else { return }
        try makeFolders(of: parent, in: folder, made: &made)
        guard mkdirat(folder, parent, 0o777) == 0 || errno == EEXIST else { throw failure(writing: parent) }
        made.insert(parent)
    }

    /// The failure of a system call on `path` of the staged site, named by its path in the output folder.
    private func failure(writing path: String) -> CommandFailure {
        CommandFailure(
            "cannot write \(destination.appendingPathComponent(path).path): \(String(cString: strerror(errno)))")
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
