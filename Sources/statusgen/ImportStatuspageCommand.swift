import ArgumentParser
import Foundation
import StatusgenBuild
import StatusgenImport
import StatusgenModel

/// `statusgen import statuspage DIR`: converts a Statuspage page's saved public API files.
struct ImportStatuspageCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "statuspage",
        abstract: "Convert a Statuspage page's saved summary.json, incidents.json and scheduled-maintenances.json.",
        discussion: """
            Save the files from https://PAGE/api/v2/ into DIR (such as with curl -O). Writes one incidents/ID.md \
            per incident and maintenance, with every update, and statusgen.yml with the components when the site \
            has none. A second import adds only new incidents; with --update it also rewrites the files it wrote \
            that nobody edited, when the page has more to say. See docs/importing.md.
            """
    )

    @Argument(help: "The folder with the saved API files.")
    var directory: String

    @Option(help: "The statusgen site to write into.")
    var source: String = "."

    @Flag(help: "Rewrite the incident files an earlier import wrote and nobody edited, where the page changed.")
    var update = false

    func run() throws {
        let reporter = DiagnosticReporter()
        try reporter.exitingOnFailure {
            let folder = URL(fileURLWithPath: directory)
            let prefix = directory.hasSuffix("/") ? directory : directory + "/"
            let site = ImportSite(root: URL(fileURLWithPath: source))
            var files: [InputFile] = []
            for name in StatuspageImporter.fileNames {
                if let text = try site.readIfPresent(folder.appendingPathComponent(name), display: prefix + name) {
                    files.append(InputFile(path: name, contents: Data(text.utf8)))
                }
            }
            guard !files.isEmpty else {
                throw Diagnostic.error(
                    "none of \(StatuspageImporter.fileNames.joined(separator: ", ")) here: save them from"
                        + " https://PAGE/api/v2/ first", at: SourceLocation(path: prefix))
            }
            let result = try StatuspageImporter().convert(
                StatuspageImporter.Input(
                    files: files, displayPrefix: prefix, existingConfig: try site.config(),
                    existingIncidents: try site.incidents(), update: update))
            reporter.report(result.warnings)
            try site.write(result, systemsFrom: "Statuspage components")
        }
    }
}
