import ArgumentParser
import AsyncHTTPClient
import Foundation
import StatusgenBuild
import StatusgenImport
import StatusgenModel

/// `statusgen import statuspage DIR|URL`: converts a Statuspage page's public API files, saved or fetched.
struct ImportStatuspageCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "statuspage",
        abstract: "Convert a Statuspage page's summary.json, incidents.json and scheduled-maintenances.json.",
        discussion: """
            Give the page's address (https://status.example.com: the three files are fetched from its /api/v2/), \
            or a folder with the files saved from it (such as with curl -O). Writes one incidents/ID.md per \
            incident and maintenance, with every update, and statusgen.yml with the components when the site \
            has none. A second import adds only new incidents; with --update it also rewrites the files it wrote \
            that nobody edited, when the page has more to say. See docs/importing.md.
            """
    )

    @Argument(help: "The page's address (https://...), or the folder with the saved API files.")
    var directory: String

    @Option(help: "The statusgen site to write into.")
    var source: String = "."

    @Option(help: "Seconds each file may take to fetch, when given an address.")
    var timeout: Int = 30

    @Flag(help: "Rewrite the incident files an earlier import wrote and nobody edited, where the page changed.")
    var update = false

    func run() async throws {
        let reporter = DiagnosticReporter()
        let site = ImportSite(root: URL(fileURLWithPath: source))
        let files: [InputFile]
        let prefix: String
        if StatuspageDownload.isAddress(directory) {
            let download = try reporter.exitingOnFailure { try address() }
            prefix = download.apiFolder
            let client = HTTPClient(eventLoopGroupProvider: .singleton)
            let fetched = await download.files(client: client)
            try? await client.shutdown()
            files = try reporter.exitingOnFailure { try fetched.get() }
        } else {
            prefix = directory.hasSuffix("/") ? directory : directory + "/"
            files = try reporter.exitingOnFailure { try savedFiles(prefix: prefix, site: site) }
        }
        try reporter.exitingOnFailure {
            let result = try StatuspageImporter().convert(
                StatuspageImporter.Input(
                    files: files, displayPrefix: prefix, existingConfig: try site.config(),
                    existingIncidents: try site.incidents(), update: update))
            reporter.report(result.warnings)
            try site.write(result, systemsFrom: "Statuspage components")
        }
    }

    private func address() throws -> StatuspageDownload {
        guard let url = URL(string: directory), url.host?.isEmpty == false else {
            throw Diagnostic.error("not an address: give https://HOST", at: SourceLocation(path: directory))
        }
        guard (1...3600).contains(timeout) else {
            throw Diagnostic.error("--timeout must be 1 to 3600 seconds", at: SourceLocation(path: directory))
        }
        return StatuspageDownload(page: url, timeout: .seconds(Int64(timeout)))
    }

    private func savedFiles(prefix: String, site: ImportSite) throws -> [InputFile] {
        let folder = URL(fileURLWithPath: directory)
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder) else {
            throw Diagnostic.error("no such folder", at: SourceLocation(path: directory))
        }
        guard isFolder.boolValue else {
            throw Diagnostic.error(
                "a file: give the folder that holds \(StatuspageImporter.fileNames.joined(separator: ", "))",
                at: SourceLocation(path: directory))
        }
        var files: [InputFile] = []
        for name in StatuspageImporter.fileNames {
            if let text = try site.readIfPresent(folder.appendingPathComponent(name), display: prefix + name) {
                files.append(InputFile(path: name, contents: Data(text.utf8)))
            }
        }
        guard !files.isEmpty else {
            throw Diagnostic.error(
                "none of \(StatuspageImporter.fileNames.joined(separator: ", ")) here: save them from"
                    + " https://PAGE/api/v2/ first, or give the page's address", at: SourceLocation(path: prefix))
        }
        return files
    }
}
