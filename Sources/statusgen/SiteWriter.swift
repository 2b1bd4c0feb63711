import CSwapDirectories
import Foundation
import StatusgenModel

/// Writes a built site beside the output folder and swaps it in, so that readers of the folder see
/// either the old site or the new one, never a mix, and a failed build leaves the old site as it was.
///
/// Files whose bytes did not change are hard-linked from the old site, so they keep their modification
/// time and a sync to a web server or CDN only sends what changed.
struct SiteWriter {
    /// What a write changed.
    struct Summary: Equatable {
        var changed = 0
        var unchanged = 0
        var removed = 0
    }

    /// A destination statusgen refuses to replace.
    struct UnsafeDestination: Error, CustomStringConvertible {
        var description: String
    }

    /// Each build stages in a folder of its own, so that two builds into one folder at the same time
    /// (a timer and a person) never write into each other's files; the last swap wins, whole.
    private static let processID = ProcessInfo.processInfo.processIdentifier

    let destination: URL
    /// The site's source folder, which the destination must never contain.
    let source: URL

    func write(_ files: [OutputFile]) throws -> Summary {
        try checkDestination()
        let manager = FileManager.default
        let staging = destination.deletingLastPathComponent()
            .appendingPathComponent(".\(destination.lastPathComponent).building-\(Self.processID)")
        if manager.fileExists(atPath: staging.path) { try manager.removeItem(at: staging) }
        try manager.createDirectory(at: staging, withIntermediateDirectories: true)

        var summary = Summary()
        do {
            for file in files {
                let target = staging.appendingPathComponent(file.path)
                try manager.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
                let previous = destination.appendingPathComponent(file.path)
                if (try? Data(contentsOf: previous)) == file.contents,
                    (try? manager.linkItem(at: previous, to: target)) != nil
                {
                    summary.unchanged += 1
                } else {
                    try file.contents.write(to: target)
                    summary.changed += 1
                }
            }
            summary.removed = Set(filePaths(in: destination)).subtracting(files.map(\.path)).count
            try swapIn(staging)
        } catch {
            try? manager.removeItem(at: staging)
            throw error
        }
        return summary
    }

    /// Refuses a destination that holds the site's sources or anything else that is not a built site.
    private func checkDestination() throws {
        let target = destination.resolvingSymlinksInPath().path
        let sourcePath = source.resolvingSymlinksInPath().path
        if sourcePath == target || sourcePath.hasPrefix(target.hasSuffix("/") ? target : target + "/") {
            throw UnsafeDestination(description: "the output folder \(destination.path) contains the site's sources")
        }
        for marker in ["statusgen.yml", ".git"]
        where FileManager.default.fileExists(atPath: destination.appendingPathComponent(marker).path) {
            throw UnsafeDestination(
                description: "refusing to replace \(destination.path): it holds '\(marker)', so it is not a built site")
        }
    }

    private func swapIn(_ staging: URL) throws {
        let manager = FileManager.default
        guard manager.fileExists(atPath: destination.path) else {
            try manager.moveItem(at: staging, to: destination)
            return
        }
        if statusgen_swap_directories(staging.path, destination.path) == 0 {
            try manager.removeItem(at: staging)
            return
        }
        // Without an atomic exchange (not Linux, or a file system without it), rename twice.
        let retired = destination.deletingLastPathComponent()
            .appendingPathComponent(".\(destination.lastPathComponent).old-\(Self.processID)")
        if manager.fileExists(atPath: retired.path) { try manager.removeItem(at: retired) }
        try manager.moveItem(at: destination, to: retired)
        try manager.moveItem(at: staging, to: destination)
        try manager.removeItem(at: retired)
    }

    /// The paths, relative to `folder`, of the files under it.
    private func filePaths(in folder: URL) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: folder.path) else { return [] }
        return enumerator.compactMap { item in
            guard let path = item as? String else { return nil }
            var isDirectory: ObjCBool = false
            let exists = FileManager.default.fileExists(
                atPath: folder.appendingPathComponent(path).path, isDirectory: &isDirectory)
            return exists && !isDirectory.boolValue ? path : nil
        }
    }
}
