import ArgumentParser
import Foundation
import StatusgenBuild
import StatusgenModel

/// `statusgen templates`: the site's incident templates, for `statusgen new --template NAME`.
struct TemplatesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "templates",
        abstract: "List the incident templates in templates/incidents/ and their placeholders.",
        discussion: """
            Each line: the template's name, then the --set values it needs. Start an incident from one with \
            statusgen new --template NAME --set KEY=TEXT.
            """
    )

    @Option(help: "The status site's folder.")
    var source: String = "."

    func run() throws {
        let reporter = DiagnosticReporter()
        let templates = try reporter.exitingOnFailure {
            try SiteLoader(root: URL(fileURLWithPath: source).standardizedFileURL).loadIncidentTemplates()
        }
        guard !templates.isEmpty else {
            print("No incident templates: add them as \(SiteLayout.incidentTemplatesFolder)/NAME.md")
            return
        }
        for template in templates {
            let values = template.placeholders.map { "--set \($0)=..." }
            print(([template.name] + values).joined(separator: " "))
        }
    }
}
