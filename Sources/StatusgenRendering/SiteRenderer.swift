import Foundation
import Mustache
import StatusgenModel

/// Renders a timeline into the files of a status site: pages, feed and assets.
public struct SiteRenderer: Sendable {
    /// The templates the renderer renders pages with; other templates are partials.
    static let pageTemplates = ["404", "feed.rss", "incident", "index"]

    private let library: MustacheLibrary
    private let assets: [OutputFile]

    /// Compiles the templates; a Mustache syntax error becomes Diagnostic
    /// "templates/NAME.mustache:LINE: message", all collected.
    public init(templates: TemplateSet) throws(DiagnosticList) {
        library = try TemplateCompiler.compile(templates, requiring: Self.pageTemplates)
        assets = templates.assets
    }

    /// Every output file, sorted by path. Pure: no disk, no clock (time = timeline.now).
    public func render(_ timeline: Timeline) -> [OutputFile] {
        let context = RenderingContext(timeline)
        let incidentPages = timeline.incidents.map { incident in
            let path = RenderingContext.path(ofIncident: incident.id)
            return page(path, "incident", IncidentPageViewModel(incident, context))
        }
        let pages =
            [
                page(IndexViewModel.path, "index", IndexViewModel(context)),
                page(FeedViewModel.path, "feed.rss", FeedViewModel(context)),
                page(NotFoundViewModel.path, "404", NotFoundViewModel(context)),
            ] + incidentPages
        // A generated page wins over an asset that happens to have its path.
        let pagePaths = pages.map(\.path)
        let files = assets.filter { !pagePaths.contains($0.path) } + pages + [UptimeAPIRenderer.render(timeline)]
        return files.sorted { $0.path < $1.path }
    }

    private func page(_ path: String, _ template: String, _ viewModel: Any) -> OutputFile {
        // Every page template was checked to exist when the renderer was made.
        let text = library.render(viewModel, withTemplate: template) ?? ""
        // Here, once for every page and feed, rather than in each view model: no text from any
        // source (title, Markdown, template) can reach a file with a character XML forbids.
        return OutputFile(path: path, contents: Data(XMLCharacters.removingDisallowed(from: text).utf8))
    }
}
