import Foundation

/// Where a site's input files really are, with their symbolic links followed. A link may point anywhere
/// inside the site's folder; one that leads outside it is refused, so that a build never publishes a
/// file such as `/proc/self/environ` or `~/.ssh/id_ed25519` that a link in `templates/` names.
struct SiteFilePath {
    /// The site's folder as given, ending in `/`.
    private let root: String
    /// The site's folder with its own links followed, ending in `/`: resolved once, not for every file.
    private let resolvedRoot: String

    init(root: URL) {
        let path = root.path
        self.root = path.hasSuffix("/") ? path : path + "/"
        let resolved = Self.realPath(path) ?? path
        resolvedRoot = resolved.hasSuffix("/") ? resolved : resolved + "/"
    }

    /// The path of `path` (relative to the site's folder) without following links.
    func unresolved(_ path: String) -> String {
        root + path
    }

    /// The resolved path of `path` (relative to the site's folder), which must be inside the site's folder.
    func resolve(_ path: String) throws -> String {
        let link = root + path
        guard let target = Self.realPath(link) else {
            if errno == ENOENT { throw CommandFailure("\(path): a symbolic link to a file that does not exist") }
            throw CommandFailure("\(path): cannot read the file: \(String(cString: strerror(errno)))")
        }
        guard target.hasPrefix(resolvedRoot) else {
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
