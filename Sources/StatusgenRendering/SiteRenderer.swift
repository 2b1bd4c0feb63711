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

    /// Every output file, in the words of `strings`, sorted by path. Pure: no disk, no clock (time = timeline.now).
    public func render(_ timeline: Timeline, strings: Strings) -> [OutputFile] {
        let context = RenderingContext(timeline, strings)
        let incidentPages = timeline.incidents.map { incident in
            let path = RenderingContext.path(ofIncident: incident.id)
            return page(path, "incident", IncidentPageViewModel(incident, context), strings)
        }
        let pages =
            [
                page(IndexViewModel.path, "index", IndexViewModel(context), strings),
                page(FeedViewModel.path, "feed.rss", FeedViewModel(context), strings),
                page(NotFoundViewModel.path, "404", NotFoundViewModel(context), strings),
            ] + incidentPages
            + StatuspageAPI(context).files
            + [MaintenanceCalendar(context).file]
            + StatusBadges(context).files
        // A generated page wins over an asset that happens to have its path.
        let pagePaths = pages.map(\.path)
        let files = assets.filter { !pagePaths.contains($0.path) } + pages
        return files.sorted { $0.path < $1.path }
    }

    private func page(_ path: String, _ template: String, _ viewModel: Any, _ strings: Strings) -> OutputFile {
        // Every page template was checked to exist when the renderer was made.
        let text = library.render(TemplateContext(viewModel: viewModel, strings: strings), withTemplate: template) ?? ""
        // Here, once for every page and feed, rather than in each view model: no text from any
        // source (title, Markdown, template) can reach a file with a character XML forbids.
        return OutputFile(path: path, contents: Data(XMLCharacters.removingDisallowed(from: text).utf8))
    }
}
