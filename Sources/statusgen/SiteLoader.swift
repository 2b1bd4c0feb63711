import Foundation
import StatusgenCore
import StatusgenModel

/// Reads a status site's input files from disk, in a stable order.
struct SiteLoader {
    /// Why the site could not be read; `description` is the message for the user.
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// The site's root folder.
    let root: URL
    /// Whether monitor files continue from `.statusgen-cache/` and update it (tests of a fixture site in
    /// the repository turn it off, so that they write nothing there).
    var usesCache = true

    /// The folders read into memory, each with the file endings taken from it (nil: every file). Other
    /// files in `incidents/` are read too, so that the parser can say they are ignored. Monitor files
    /// can be large: `monitorPaths()` lists them, and `MonitorFileLoader` streams them.
    private static let folders: [(name: String, endings: [String]?)] = [
        ("incidents", nil),
        ("templates", nil),
        // Every file, so that one that is not a strings file is reported rather than ignored silently.
        ("templates/strings", nil),
    ]

    /// The folder of monitor results and the endings of the files read from it.
    private static let monitorFolder: (name: String, endings: [String]?) = (monitorFolderName, [".csv", ".jsonl"])

    /// The folder of monitor results, relative to the site root.
    static let monitorFolderName = "monitors"

    /// Whether `name` is a hidden file or an editor's backup or swap file (`index.mustache~`, `#x#`,
    /// `x.swp`, `x.bak`, `x.orig`), which must never be read as input nor published as an asset.
    static func isHiddenOrBackup(_ name: String) -> Bool {
        name.hasPrefix(".") || name.hasPrefix("#") || name.hasSuffix("~")
            || [".swp", ".bak", ".orig"].contains { name.hasSuffix($0) }
    }

    /// `statusgen.yml` and the files of `incidents/`, `templates/` and `templates/strings/`, sorted by path, and the monitor
    /// results of `monitors/`, streamed in the site's timezone (continuing from `.statusgen-cache/`,
    /// which is never read as input). A folder that is missing is fine (a new site has no incidents);
    /// one that cannot be read is an error. `notes` gets a warning for each damaged cache entry, which is ignored.
    func load(notes: inout [Diagnostic]) throws -> SiteInputs {
        let files = try loadFiles()
        let monitorFiles = try MonitorFileLoader(root: root, timeZone: SiteTimeZone.of(files), usesCache: usesCache)
            .load(monitorPaths(), notes: &notes)
        return SiteInputs(files: files, monitorFiles: monitorFiles)
    }

    /// The site's inputs, as `load(notes:)` reads them, without the notes.
    func load() throws -> SiteInputs {
        var notes: [Diagnostic] = []
        return try load(notes: &notes)
    }

    /// `statusgen.yml` and the files of `incidents/`, `templates/` and `templates/strings/`, sorted by path.
    private func loadFiles() throws -> [InputFile] {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: root.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw Failure(description: "\(root.path): no such folder")
        }
        var files: [InputFile] = []
        if manager.fileExists(atPath: root.appendingPathComponent("statusgen.yml").path) {
            files.append(try read("statusgen.yml"))
        }
        for folder in Self.folders {
            for path in try paths(in: folder) { files.append(try read(path)) }
        }
        return files
    }

    /// The paths of the files in `monitors/` ending in `.csv` or `.jsonl`, sorted.
    private func monitorPaths() throws -> [String] {
        try paths(in: Self.monitorFolder)
    }

    /// The regular files of `folder` with one of its endings, sorted; hidden files and backups left out.
    private func paths(in folder: (name: String, endings: [String]?)) throws -> [String] {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        let url = root.appendingPathComponent(folder.name)
        guard manager.fileExists(atPath: url.path) else { return [] }
        let names: [String]
        do {
            names = try manager.contentsOfDirectory(atPath: url.path)
        } catch {
            throw Failure(description: "\(folder.name)/: cannot read the folder: \(FileProblem.reason(error))")
        }
        var paths: [String] = []
        for name in names.sorted() where !Self.isHiddenOrBackup(name) {
            let path = "\(folder.name)/\(name)"
            guard folder.endings.map({ endings in endings.contains { name.hasSuffix($0) } }) ?? true else { continue }
            guard manager.fileExists(atPath: root.appendingPathComponent(path).path, isDirectory: &isDirectory) else {
                // Listed, yet not there: a symbolic link whose file is gone. Its incident or results must
                // not vanish from the site without a word.
                throw Failure(description: "\(path): a symbolic link to a file that does not exist")
            }
            guard !isDirectory.boolValue else { continue }
            paths.append(path)
        }
        return paths
    }

    private func read(_ path: String) throws -> InputFile {
        let url = root.appendingPathComponent(path)
        let attributes = try? FileManager.default.attributesOfItem(atPath: url.resolvingSymlinksInPath().path)
        guard attributes?[.type] as? FileAttributeType == .typeRegular else {
            throw Failure(description: "\(path): not a regular file")
        }
        do {
            return InputFile(path: path, contents: try Data(contentsOf: url))
        } catch {
            throw Failure(description: "\(path): cannot read the file: \(FileProblem.reason(error))")
        }
    }
}
