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
            Writes one incidents/ID.md per issue and never replaces an existing file. Writes statusgen.yml with \
            the systems as components when the site has none; otherwise prints the components it lacks, for you \
            to add. Doubtful readings are printed as path:line: warning: ...; on any error nothing is written and \
            the exit code is 1. See docs/importing.md.
            """
    )

    @Argument(help: "The cState site's folder (with config.yml and content/issues/).")
    var directory: String

    @Option(help: "The statusgen site to write into.")
    var source: String = "."

    func run() throws {
        let reporter = DiagnosticReporter()
        try reporter.exitingOnFailure {
            let cstate = URL(fileURLWithPath: directory)
            let site = URL(fileURLWithPath: source)
            let prefix = directory.hasSuffix("/") ? directory : directory + "/"
            let input = CStateImporter.Input(
                files: try cStateFiles(in: cstate, prefix: prefix), displayPrefix: prefix,
                existingConfig: try existingConfig(in: site), existingIncidentIDs: try incidentIDs(in: site))
            let result = try CStateImporter().convert(input)
            reporter.report(result.warnings)
            try write(result, into: site)
        }
    }

    private func cStateFiles(in folder: URL, prefix: String) throws -> [InputFile] {
        let manager = FileManager.default
        var files: [InputFile] = []
        for name in CStateImporter.configNames
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

    private func existingConfig(in site: URL) throws -> String? {
        let url = site.appendingPathComponent(SiteLayout.configPath)
        guard FileManager.default.fileExists(atPath: url.path) else { return nil }
        do {
            return String(decoding: try Data(contentsOf: url), as: UTF8.self)
        } catch {
            throw Diagnostic.error(
                "cannot read the file: \(FileProblem.reason(error))", at: SourceLocation(path: SiteLayout.configPath))
        }
    }

    private func incidentIDs(in site: URL) throws -> Set<String> {
        let folder = site.appendingPathComponent("incidents")
        guard FileManager.default.fileExists(atPath: folder.path) else { return [] }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return Set(names.filter { $0.hasSuffix(".md") }.map { String($0.dropLast(3)) })
    }

    /// Creates each new file whole (temporary file, then a hard link that never replaces an existing file).
    private func write(_ result: CStateImporter.Result, into site: URL) throws {
        let files = result.incidents + (result.config.map { [$0] } ?? [])
        try FileManager.default.createDirectory(
            at: site.appendingPathComponent("incidents"), withIntermediateDirectories: true)
        for file in files {
            try NewFile(url: site.appendingPathComponent(file.path), displayPath: file.path).create(file.contents)
        }
        print("Converted \(result.incidents.count) issues into incidents/")
        if result.config != nil {
            print("Wrote statusgen.yml with the cState systems as components")
        } else if !result.componentsToMerge.isEmpty {
            print("statusgen.yml exists: add these components to its components: list")
            print(result.componentsToMerge, terminator: "")
        }
    }
}
