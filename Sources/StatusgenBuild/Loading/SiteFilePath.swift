import Foundation

/// Where a site's input file really is, with its symbolic links followed. A link may point anywhere inside
/// the site's folder; one that leads outside it is refused, so that a build never publishes a file such as
/// `/proc/self/environ` or `~/.ssh/id_ed25519` that a link in `templates/` names.
enum SiteFilePath {
    /// The resolved path of `path` (relative to `root`), which must be inside the resolved `root`.
    static func resolve(_ path: String, in root: URL) throws -> String {
        let link = root.appendingPathComponent(path).path
        guard let target = realPath(link) else {
            if errno == ENOENT { throw CommandFailure("\(path): a symbolic link to a file that does not exist") }
            throw CommandFailure("\(path): cannot read the file: \(String(cString: strerror(errno)))")
        }
        let folder = realPath(root.path) ?? root.path
        guard target.hasPrefix(folder.hasSuffix("/") ? folder : folder + "/") else {
            // The link's own words, such as /proc/self/environ, rather than where they lead today.
            let named = (try? FileManager.default.destinationOfSymbolicLink(atPath: link)) ?? target
            throw CommandFailure(
                "\(path): a symbolic link to a file outside the site (\(named)); copy the file into the site instead")
        }
        return target
    }

    private static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
