import Crypto
import Foundation
import StatusgenBuild
import StatusgenCore

/// The built site as `publish` sends it: the folder and the manifest of its files. Hidden files, such as
/// the build's marker, are not part of it.
public struct SiteSnapshot: Sendable {
    /// The built site's folder.
    public let folder: URL
    /// Every file of the site with its size and SHA-256.
    public let manifest: PublishManifest

    /// Reads the built site at `folder`; refuses a folder that `statusgen build` did not write.
    public init(folder: URL) throws {
        self.folder = folder
        let manager = FileManager.default
        guard manager.fileExists(atPath: folder.appendingPathComponent(SiteWriter.markerName).path) else {
            throw CommandFailure(
                "\(folder.path) is not a site built by statusgen (it has no \(SiteWriter.markerName) file):"
                    + " run statusgen build first")
        }
        var files: [String: ManifestEntry] = [:]
        for path in try Self.filePaths(in: folder) {
            let data = try Data(contentsOf: folder.appendingPathComponent(path))
            files[path] = ManifestEntry(size: data.count, sha256: Self.sha256(data))
        }
        manifest = PublishManifest(files: files)
    }

    /// The bytes of the site's file at `path`.
    public func contents(of path: String) throws -> Data {
        try Data(contentsOf: folder.appendingPathComponent(path))
    }

    /// The lower-case hex SHA-256 of `data`.
    public static func sha256(_ data: Data) -> String {
        SHA256.hash(data: data).hexString
    }

    /// The `/`-separated paths of the files under `folder`, leaving out hidden files and folders.
    static func filePaths(in folder: URL) throws -> [String] {
        let manager = FileManager.default
        guard let enumerator = manager.enumerator(atPath: folder.path) else {
            throw CommandFailure("cannot read the site in \(folder.path)")
        }
        var paths: [String] = []
        while let item = enumerator.nextObject() as? String {
            if item.split(separator: "/").contains(where: { $0.hasPrefix(".") }) {
                enumerator.skipDescendants()
                continue
            }
            var isDirectory: ObjCBool = false
            if manager.fileExists(atPath: folder.appendingPathComponent(item).path, isDirectory: &isDirectory),
                !isDirectory.boolValue
            {
                paths.append(item)
            }
        }
        return paths.sorted()
    }
}
