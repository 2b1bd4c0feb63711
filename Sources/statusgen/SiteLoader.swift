import Foundation
import StatusgenModel

/// Reads a status site's input files from disk, in a stable order.
struct SiteLoader {
    /// The site's root folder.
    let root: URL

    /// The folders read, each with the file endings taken from it (nil: every file).
    private static let folders: [(name: String, endings: [String]?)] = [
        ("incidents", [".md"]),
        ("monitors", [".csv", ".jsonl"]),
        ("templates", nil),
    ]

    /// Whether `name` is a hidden file or an editor's backup or swap file (`index.mustache~`, `#x#`,
    /// `x.swp`, `x.bak`, `x.orig`), which must never be read as input nor published as an asset.
    static func isHiddenOrBackup(_ name: String) -> Bool {
        name.hasPrefix(".") || name.hasPrefix("#") || name.hasSuffix("~")
            || [".swp", ".bak", ".orig"].contains { name.hasSuffix($0) }
    }

    /// `statusgen.yml` and the files of `incidents/`, `monitors/` and `templates/`, sorted by path.
    func load() throws -> [InputFile] {
        let manager = FileManager.default
        var files: [InputFile] = []
        let config = root.appendingPathComponent("statusgen.yml")
        if manager.fileExists(atPath: config.path) {
            files.append(InputFile(path: "statusgen.yml", contents: try Data(contentsOf: config)))
        }
        for folder in Self.folders {
            let url = root.appendingPathComponent(folder.name)
            guard let names = try? manager.contentsOfDirectory(atPath: url.path) else { continue }
            for name in names.sorted() where !Self.isHiddenOrBackup(name) {
                var isDirectory: ObjCBool = false
                let fileURL = url.appendingPathComponent(name)
                guard manager.fileExists(atPath: fileURL.path, isDirectory: &isDirectory), !isDirectory.boolValue,
                    folder.endings.map({ endings in endings.contains { name.hasSuffix($0) } }) ?? true
                        || folder.name == "incidents"
                else { continue }
                files.append(InputFile(path: "\(folder.name)/\(name)", contents: try Data(contentsOf: fileURL)))
            }
        }
        return files.sorted { $0.path < $1.path }
    }
}
