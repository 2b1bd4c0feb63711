import Foundation
import StatusgenModel

/// Reads a status site's input files from disk, in a stable order.
struct SiteLoader {
    /// Why the site could not be read; `description` is the message for the user.
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// The site's root folder.
    let root: URL

    /// The folders read, each with the file endings taken from it (nil: every file). Other files in
    /// `incidents/` are read too, so that the parser can say they are ignored.
    private static let folders: [(name: String, endings: [String]?)] = [
        ("incidents", nil),
        ("monitors", [".csv", ".jsonl"]),
        ("templates", nil),
        // Every file, so that one that is not a strings file is reported rather than ignored silently.
        ("templates/strings", nil),
    ]

    /// Whether `name` is a hidden file or an editor's backup or swap file (`index.mustache~`, `#x#`,
    /// `x.swp`, `x.bak`, `x.orig`), which must never be read as input nor published as an asset.
    static func isHiddenOrBackup(_ name: String) -> Bool {
        name.hasPrefix(".") || name.hasPrefix("#") || name.hasSuffix("~")
            || [".swp", ".bak", ".orig"].contains { name.hasSuffix($0) }
    }

    /// `statusgen.yml` and the files of `incidents/`, `monitors/`, `templates/` and `templates/strings/`, sorted by path.
    /// A folder that is missing is fine (a new site has no incidents); one that cannot be read is an error.
    func load() throws -> [InputFile] {
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
            let url = root.appendingPathComponent(folder.name)
            guard manager.fileExists(atPath: url.path) else { continue }
            let names: [String]
            do {
                names = try manager.contentsOfDirectory(atPath: url.path)
            } catch {
                throw Failure(description: "\(folder.name)/: cannot read the folder: \(FileProblem.reason(error))")
            }
            for name in names.sorted() where !Self.isHiddenOrBackup(name) {
                let path = "\(folder.name)/\(name)"
                guard manager.fileExists(atPath: root.appendingPathComponent(path).path, isDirectory: &isDirectory),
                    !isDirectory.boolValue,
                    folder.endings.map({ endings in endings.contains { name.hasSuffix($0) } }) ?? true
                else { continue }
                files.append(try read(path))
            }
        }
        return files
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
