import Foundation
import StatusgenBuild
import StatusgenCore

/// Publishes into a local or mounted folder, which is replaced whole with one atomic swap, as `build`
/// replaces `site/`: readers of the folder see the old site or the new one, never a mix.
///
/// Files that did not change are hard-linked from the live folder; the manifest lives inside the folder,
/// so it is swapped in together with the files it describes.
public struct DirectoryTarget: PublishTarget {
    public let name: String
    /// The folder a web server serves.
    public let folder: URL

    public init(name: String, folder: URL) {
        self.name = name
        self.folder = folder.resolvingSymlinksInPath()
    }

    public func manifest() async throws -> PublishManifest? {
        // What a killed publish left goes now, unless another publish is at work, even when this one
        // finds nothing to send. Without leftovers nothing is locked, so that a dry run leaves no trace.
        let parent = folder.deletingLastPathComponent()
        if !leftovers(in: parent).isEmpty, let lock = try lockFolder(waiting: false) {
            removeLeftovers(in: parent)
            close(lock)
        }
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: folder.path, isDirectory: &isDirectory) else { return PublishManifest() }
        guard isDirectory.boolValue else { throw CommandFailure("\(folder.path) is a file, not a folder") }
        let names = try manager.contentsOfDirectory(atPath: folder.path)
        if names.isEmpty { return PublishManifest() }
        guard names.contains(SiteWriter.markerName) else {
            throw CommandFailure(
                "refusing to replace \(folder.path): it holds files that statusgen did not publish"
                    + " (a published site has a \(SiteWriter.markerName) file)")
        }
        let stored = try? Data(contentsOf: folder.appendingPathComponent(PublishManifest.fileName))
        return stored.flatMap { PublishManifest(json: $0) }
    }

    public func apply(_ plan: PublishPlan, from site: SiteSnapshot) async throws {
        let manager = FileManager.default
        let parent = folder.deletingLastPathComponent()
        try manager.createDirectory(at: parent, withIntermediateDirectories: true)
        // One publish into the folder at a time: a second one waits, and never removes the first one's
        // staging folder as a leftover.
        let lock = try lockFolder(waiting: true)
        defer { if let lock { close(lock) } }
        removeLeftovers(in: parent)
        // Read again under the lock: another publish may have changed the folder since the plan was made.
        let stored = try await manifest()
        let live = stored ?? PublishManifest()
        let staging = parent.appendingPathComponent("\(stagingPrefix)\(UUID().uuidString)")
        do {
            try manager.createDirectory(at: staging, withIntermediateDirectories: false)
            for path in plan.after.files.keys.sorted() {
                let target = staging.appendingPathComponent(path)
                try manager.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
                if live.files[path] == plan.after.files[path],
                    (try? manager.linkItem(at: folder.appendingPathComponent(path), to: target)) != nil
                {
                    continue
                }
                try manager.copyItem(at: site.folder.appendingPathComponent(path), to: target)
            }
            // Kept: files put into the folder by another hand since (a host's verification file), which
            // neither this site nor the last publish has. Without a manifest, nothing tells them apart.
            if stored != nil {
                for path in try foreignFiles(known: live, plan.after) {
                    let target = staging.appendingPathComponent(path)
                    try manager.createDirectory(
                        at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
                    try manager.linkItem(at: folder.appendingPathComponent(path), to: target)
                }
            }
            try site.contents(of: SiteWriter.markerName).write(
                to: staging.appendingPathComponent(SiteWriter.markerName))
            try plan.after.encoded().write(to: staging.appendingPathComponent(PublishManifest.fileName))
            try FolderSwap.swap(staging, into: folder)
        } catch {
            try? manager.removeItem(at: staging)
            throw error
        }
    }

    /// The files in the folder that neither `known` (the last publish) nor `after` (this one) names, and
    /// that are not statusgen's own marker or manifest, by path.
    private func foreignFiles(known: PublishManifest, _ after: PublishManifest) throws -> [String] {
        let own: Set = [SiteWriter.markerName, PublishManifest.fileName]
        let base = folder.path.hasSuffix("/") ? folder.path : folder.path + "/"
        var found: [String] = []
        let walk = FileManager.default.enumerator(
            at: folder, includingPropertiesForKeys: [.isRegularFileKey, .isSymbolicLinkKey])
        while let url = walk?.nextObject() as? URL {
            let values = try url.resourceValues(forKeys: [.isRegularFileKey, .isSymbolicLinkKey])
            guard values.isRegularFile == true || values.isSymbolicLink == true else { continue }
            guard url.path.hasPrefix(base) else { continue }
            let path = String(url.path.dropFirst(base.count))
            guard !own.contains(path), known.files[path] == nil, after.files[path] == nil else { continue }
            found.append(path)
        }
        return found.sorted()
    }

    public func read(_ path: String) async throws -> [UInt8]? {
        (try? Data(contentsOf: folder.appendingPathComponent(path))).map { [UInt8]($0) }
    }

    /// The hidden name of a folder being filled beside the live one.
    private var stagingPrefix: String {
        ".\(folder.lastPathComponent).publishing-"
    }

    /// Locks the lock file beside the folder; `nil` when `waiting` is false and another publish holds it.
    private func lockFolder(waiting: Bool) throws -> Int32? {
        let path = folder.deletingLastPathComponent()
            .appendingPathComponent(".\(folder.lastPathComponent).publish-lock").path
        let lock = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard lock >= 0 else { throw CommandFailure("\(path): \(String(cString: strerror(errno)))") }
        if flock(lock, waiting ? LOCK_EX : LOCK_EX | LOCK_NB) != 0 {
            close(lock)
            return nil
        }
        return lock
    }

    /// The names of what publishes that were killed left beside the folder.
    private func leftovers(in parent: URL) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: parent.path)) ?? []
        return names.filter { $0.hasPrefix(stagingPrefix) }
    }

    /// Removes what a publish that was killed left beside the folder; the live folder is never touched.
    private func removeLeftovers(in parent: URL) {
        for name in leftovers(in: parent) {
            try? FileManager.default.removeItem(at: parent.appendingPathComponent(name))
        }
    }
}
