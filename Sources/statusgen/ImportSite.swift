import Foundation
import StatusgenBuild
import StatusgenImport
import StatusgenModel

/// The statusgen site an import writes into: what it already has, and the writing of the import's files.
struct ImportSite {
    let root: URL

    /// The text of the file at `url`, `nil` when there is none; `display` names it in messages.
    func readIfPresent(_ url: URL, display: String) throws -> String? {
        guard FileManager.default.fileExists(atPath: url.path) else { return nil }
        do {
            return String(decoding: try Data(contentsOf: url), as: UTF8.self)
        } catch {
            throw Diagnostic.error(
                "cannot read the file: \(FileProblem.reason(error))", at: SourceLocation(path: display))
        }
    }

    /// The site's incident files by id.
    func incidents() throws -> [String: String] {
        let folder = root.appendingPathComponent(SiteLayout.incidentsFolder)
        guard FileManager.default.fileExists(atPath: folder.path) else { return [:] }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        var texts: [String: String] = [:]
        for name in names where name.hasSuffix(".md") {
            let path = "\(SiteLayout.incidentsFolder)/\(name)"
            texts[String(name.dropLast(3))] = try readIfPresent(folder.appendingPathComponent(name), display: path)
        }
        return texts
    }

    /// The site's `statusgen.yml`, when it has one.
    func config() throws -> String? {
        try readIfPresent(root.appendingPathComponent(SiteLayout.configPath), display: SiteLayout.configPath)
    }

    /// Creates each new file whole (temporary file, then a hard link that never replaces an existing file),
    /// and replaces the unedited imported files that changed, refusing any that changed meanwhile.
    func write(_ result: CStateImporter.Result, systemsFrom source: String) throws {
        let files = result.incidents + (result.config.map { [$0] } ?? [])
        try FileManager.default.createDirectory(
            at: root.appendingPathComponent(SiteLayout.incidentsFolder), withIntermediateDirectories: true)
        for file in files {
            try NewFile(url: root.appendingPathComponent(file.path), displayPath: file.path).create(file.contents)
        }
        for file in result.replacements {
            let url = root.appendingPathComponent(file.path)
            let old = try Data(contentsOf: url)
            try AtomicFile.replace(url, with: file.contents, expected: old)
            let change = ImportChange.describe(
                old: String(decoding: old, as: UTF8.self), new: String(decoding: file.contents, as: UTF8.self))
            print("updated \(file.path): \(change)")
        }
        print(result.summary.sentence)
        if result.config != nil {
            print("Wrote statusgen.yml with the \(source) as components")
        } else if !result.componentsToMerge.isEmpty {
            print("statusgen.yml exists: add these components to its components: list")
            print(result.componentsToMerge, terminator: "")
        }
    }
}
