import Foundation

/// Where a site's input files really are, with their symbolic links followed. A link may point anywhere
/// inside the site's folder; one that leads outside it is refused, so that a build never publishes a
/// file such as `/proc/self/environ` or `~/.ssh/id_ed25519` that a link in `templates/` names.
final class SiteFilePath {
    /// The site's folder as given, ending in `/`.
    private let root: String
    /// The site's folder with its own links followed, ending in `/`: resolved once, not for every file.
    private let resolvedRoot: String
    /// Each folder of the site resolved so far, by its path in the site ("" for the root), ending in `/`;
    /// `nil` when it cannot be resolved.
    private var folders: [String: String?] = [:]
    /// Each path resolved so far, by its path in the site: the loader lists a file, then reads it.
    private var resolved: [String: String] = [:]

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

    /// The resolved path of `path` (relative to the site's folder), which must be inside the site's folder;
    /// each path is resolved once.
    func resolve(_ path: String) throws -> String {
        if let known = resolved[path] { return known }
        let target = try resolveOnce(path)
        resolved[path] = target
        return target
    }

    private func resolveOnce(_ path: String) throws -> String {
        if let path = direct(path) { return path }
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

    /// Takes `path` (relative to the site's folder) as no symbolic link, as `lstat` found it in its folder:
    /// it resolves to its folder's resolved path and its name. Whether its folder is inside the site; when
    /// not, nothing is noted, and `resolve(_:)` says what is wrong.
    func noteUnlinked(_ path: String) -> Bool {
        guard let candidate = candidate(path) else { return false }
        resolved[path] = candidate
        return true
    }

    /// The resolved path of `path` when the file itself is no symbolic link: its folder's resolved path
    /// (found once for all its files) and its name. `nil` for a link, a file that is not there, or a
    /// folder outside the site: `realpath` then follows every component of the path, and says what is wrong.
    private func direct(_ path: String) -> String? {
        guard let candidate = candidate(path) else { return nil }
        var status = stat()
        guard lstat(candidate, &status) == 0, status.st_mode & S_IFMT != S_IFLNK else { return nil }
        return candidate
    }

    /// `path` in its folder's resolved path (found once for all its files), when that folder is inside the
    /// site.
    private func candidate(_ path: String) -> String? {
        let slash = path.utf8.lastIndex(of: UInt8(ascii: "/"))
        let folder = slash.map { String(path[..<$0]) } ?? ""
        let resolvedFolder: String?
        if let known = folders[folder] {
            resolvedFolder = known
        } else {
            resolvedFolder = folder.isEmpty ? resolvedRoot : Self.realPath(root + folder).map { $0 + "/" }
            folders[folder] = resolvedFolder
        }
        guard let resolvedFolder, resolvedFolder.hasPrefix(resolvedRoot) else { return nil }
        return resolvedFolder + (slash.map { String(path[path.index(after: $0)...]) } ?? path)
    }

    private static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
