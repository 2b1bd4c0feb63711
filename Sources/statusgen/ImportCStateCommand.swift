import ArgumentParser
import Foundation
import StatusgenBuild
import StatusgenCore
import StatusgenImport
import StatusgenModel

/// `statusgen import cstate DIR`: converts a cState site's issues and systems into the statusgen site.
struct ImportCStateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cstate",
        abstract: "Convert a cState site's content/issues/*.md and config.yml systems.",
        discussion: """
            Writes one incidents/ID.md per issue; with --update, also rewrites the files an earlier import wrote \
            that nobody edited since. Writes statusgen.yml with the systems as components when the site has none; \
            otherwise prints the components it lacks, for you to add. An affected name becomes a component only \
            when it is a system's name (case and punctuation aside) or --map says which; other names stay text on \
            the incident. An issue that cannot be read is skipped with a path:line: warning; the summary counts \
            issues written, degraded and skipped. See docs/importing.md.
            """
    )

    @Argument(help: "The cState site's folder (with config.yml and content/issues/).")
    var directory: String

    @Option(help: "The statusgen site to write into.")
    var source: String = "."

    @Option(
        help: ArgumentHelp(
            "A YAML file of affected names and the component id each is; written with every unmatched name when"
                + " it does not exist.", valueName: "file"))
    var map: String?

    @Flag(help: "Rewrite the incident files an earlier import wrote and nobody edited, where the issue changed.")
    var update = false

    func run() throws {
        let reporter = DiagnosticReporter()
        try reporter.exitingOnFailure {
            let cstate = URL(fileURLWithPath: directory)
            let site = URL(fileURLWithPath: source)
            let prefix = directory.hasSuffix("/") ? directory : directory + "/"
            let importSite = ImportSite(root: site)
            let mapText = try map.flatMap { path in
                try importSite.readIfPresent(URL(fileURLWithPath: path), display: path)
            }
            let componentMap = try mapText.map { text throws(DiagnosticList) in
                try ComponentMap(path: map ?? "", text: text)
            }
            var input = CStateImporter.Input(
                files: try cStateFiles(in: cstate, prefix: prefix), displayPrefix: prefix,
                existingConfig: try importSite.config(), existingIncidents: try importSite.incidents(),
                componentMap: componentMap ?? ComponentMap(), update: update
            )
            input.otherPaths = otherPaths(in: cstate)
            let result = try CStateImporter().convert(input)
            reporter.report(result.warnings)
            try importSite.write(result, systemsFrom: "cState systems")
            try writeSiteFiles(result.siteFiles, into: site, reporter: reporter)
            for line in result.notImported { print("not imported: \(line)") }
            try reportUnmatched(result.unmatchedNames, writingMap: mapText == nil ? map : nil)
        }
    }

    private func cStateFiles(in folder: URL, prefix: String) throws -> [InputFile] {
        let manager = FileManager.default
        var files: [InputFile] = []
        // The TOML ones too, so that the import can say it cannot read them.
        for name in CStateImporter.configNames + CStateImporter.tomlConfigNames
        where manager.fileExists(atPath: folder.appendingPathComponent(name).path) {
            files.append(try read(folder, name, prefix: prefix))
        }
        let issues = folder.appendingPathComponent("content/issues")
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: issues.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw Diagnostic.error(
                "no content/issues/ folder: is this a cState site?", at: SourceLocation(path: prefix))
        }
        let names: [String]
        do {
            names = try manager.contentsOfDirectory(atPath: issues.path)
        } catch {
            throw Diagnostic.error(
                "cannot read the folder: \(FileProblem.reason(error))",
                at: SourceLocation(path: prefix + "content/issues/"))
        }
        for name in names.sorted() where name.hasSuffix(".md") && !name.hasPrefix(".") {
            files.append(try read(folder, "content/issues/\(name)", prefix: prefix))
        }
        return files
    }

    private func read(_ folder: URL, _ path: String, prefix: String) throws -> InputFile {
        do {
            return InputFile(path: path, contents: try Data(contentsOf: folder.appendingPathComponent(path)))
        } catch {
            throw Diagnostic.error(
                "cannot read the file: \(FileProblem.reason(error))", at: SourceLocation(path: prefix + path))
        }
    }

    /// The cState site's files that the import does not read: content outside `content/issues/`, and its own
    /// `layouts/` and `static/` folders.
    private func otherPaths(in folder: URL) -> [String] {
        let manager = FileManager.default
        let content = folder.appendingPathComponent("content")
        let pages = (manager.enumerator(atPath: content.path)?.compactMap { $0 as? String } ?? [])
            .filter { $0.hasSuffix(".md") && !$0.hasPrefix("issues/") }.map { "content/" + $0 }
        let folders = ["layouts", "static"].filter {
            manager.fileExists(atPath: folder.appendingPathComponent($0).path)
        }
        return pages.map { $0 + " (a page)" } + folders.map { $0 + "/ (custom HTML and files)" }
    }

    /// Writes the redirect files. One that exists is replaced when the new one holds each of its lines (an
    /// earlier import's, which issues added since extend), and otherwise left alone with a warning: an
    /// edited file loses nothing.
    private func writeSiteFiles(_ files: [OutputFile], into site: URL, reporter: DiagnosticReporter) throws {
        var written: [String] = []
        var kept: [Diagnostic] = []
        for file in files {
            let url = site.appendingPathComponent(file.path)
            if let old = try? Data(contentsOf: url) {
                guard old != file.contents else { continue }
                let lines = Set(String(decoding: file.contents, as: UTF8.self).split(separator: "\n"))
                guard String(decoding: old, as: UTF8.self).split(separator: "\n").allSatisfy(lines.contains) else {
                    kept.append(
                        .warning(
                            "exists and differs from the redirects of this import, and has lines this import would"
                                + " not write: not replaced", at: SourceLocation(path: file.path)))
                    continue
                }
                try AtomicFile.replace(url, with: file.contents, expected: old)
                written.append(file.path)
                continue
            }
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try NewFile(url: url, displayPath: file.path).create(file.contents)
            written.append(file.path)
        }
        reporter.report(kept)
        // Only what this run wrote: the redirect pages by count, the other files by name.
        let pages = written.filter { $0.hasSuffix("/index.html") }.count
        let named = written.filter { !$0.hasSuffix("/index.html") }
        guard !written.isEmpty else { return }
        let parts = named + (pages > 0 ? ["\(ImportSummary.count(pages, "page")) under static/"] : [])
        print(
            "Wrote redirects for the old addresses: \(parts.joined(separator: ", ")), which build publishes")
    }

    /// Lists the names kept as text once, with their counts, and writes them as a starting map.
    private func reportUnmatched(_ names: [(name: String, count: Int)], writingMap path: String?) throws {
        guard !names.isEmpty else { return }
        print(
            "\(ImportSummary.count(names.count, "affected name")) matched no component and"
                + " \(names.count == 1 ? "is" : "are") kept as text (affected_text:):")
        for entry in names { print("  \(entry.name) (\(ImportSummary.count(entry.count, "issue")))") }
        guard let path else {
            if map == nil { print("Give --map FILE to write them into a map to fill in.") }
            return
        }
        try NewFile(url: URL(fileURLWithPath: path), displayPath: path).create(Data(ComponentMap.starting(names).utf8))
        print("Wrote \(path): give each name a component id, then run the import again with --map \(path) --update")
    }
}
