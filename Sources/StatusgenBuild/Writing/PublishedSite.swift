import Foundation

/// The site in the output folder as a build found it, held open: its listing and every file linked or
/// read from it are of one folder, even when another build swaps its own site in meanwhile.
struct PublishedSite {
    /// The output folder; not open when there is none yet.
    private let folder: OpenFolder
    /// The stamp of each file and folder, by path; `nil` when the folder could not be listed whole (it
    /// holds something else than files and folders), and each file is then stamped by its path.
    private let stamps: [String: FileStamp]?

    init(_ destination: URL) {
        folder = OpenFolder(destination.path)
        stamps = folder.descriptor < 0 ? [:] : FolderListing.stamps(of: folder.descriptor)
    }

    /// The output folder, open; -1 when there is none yet.
    var descriptor: Int32 { folder.descriptor }

    /// The stamp of the file at `path`; `nil` when there is no file there.
    func stamp(of path: String) -> FileStamp? {
        if let stamps { return stamps[path].flatMap { $0.isFolder ? nil : $0 } }
        var status = stat()
        guard fstatat(descriptor, path, &status, 0) == 0, let stamp = FileStamp(status), !stamp.isFolder else {
            return nil
        }
        return stamp
    }

    /// The bytes of the file at `path`, about `size` of them; `nil` when it cannot be read.
    func read(_ path: String, expecting size: Int) -> Data? {
        FileBytes.read(path, in: descriptor, expecting: size)
    }

    /// How many of its files are not among `paths`: 0 when it could not be listed.
    func countFiles(notIn paths: Set<String>) -> Int {
        stamps?.count { !$0.value.isFolder && !paths.contains($0.key) } ?? 0
    }

    /// The pages of incidents (in the default language, `incidents/ID.html`) that are not among `paths`,
    /// sorted.
    func incidentPages(notIn paths: Set<String>) -> [String] {
        (stamps?.keys.filter { path in
            path.hasPrefix("incidents/") && path.hasSuffix(".html") && !path.dropFirst(10).contains("/")
                && !paths.contains(path)
        } ?? []).sorted()
    }
}
