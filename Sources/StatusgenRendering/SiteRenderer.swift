import Foundation
import Mustache
import StatusgenModel

/// Renders a timeline into the files of a status site: pages, feeds, reports, API, calendar, badges and assets.
public struct SiteRenderer: Sendable {
    private let library: MustacheLibrary
    private let assets: [OutputFile]

    /// Compiles the templates; a Mustache syntax error becomes Diagnostic
    /// "templates/NAME.mustache:LINE: message", all collected.
    public init(templates: TemplateSet) throws(DiagnosticList) {
        library = try TemplateCompiler.compile(templates, requiring: PageTemplate.allCases)
        assets = templates.assets
    }

    /// Every output file, in the words of `strings`, sorted by path. Pure: no disk, no clock (time = timeline.now).
    public func render(_ timeline: Timeline, strings: Strings) -> [OutputFile] {
        render(timeline, strings: strings, reusing: nil).files
    }

    /// What `render(_:strings:)` makes, with the key of each page that a later build may reuse. A page
    /// whose key `reuse` knows is taken from it rather than rendered.
    public func render(_ timeline: Timeline, strings: Strings, reusing reuse: PageReuse?) -> RenderedSite {
        let context = RenderingContext(timeline, strings)
        let report = SLAReport(timeline)
        // A site's own robots.txt is published as it is; every other generated file wins over an asset.
        let ownRobots = assets.contains { $0.path == RobotsViewModel.path }
        let pages = SitePlan.pages(context, report, ownRobots: ownRobots, reuse: reuse)
        let sitemap = SitemapViewModel(
            pages.compactMap { page in page.lastModified.map { (page.path, $0) } }, baseURL: timeline.config.baseURL)
        // Rendered on every core, each page into its own place: the same files whatever the scheduling.
        let made = pages.parallelMap { planned -> (file: OutputFile, reused: Bool) in
            if let key = planned.key, let contents = reuse?.previous(planned.path, key) {
                return (OutputFile(path: planned.path, contents: contents), true)
            }
            return (page(planned.path, planned.viewModel, strings), false)
        }
        let rendered =
            made.map(\.file)
            + [page(SitemapViewModel.path, sitemap, strings)]
            + report.months.map { SLACSVRenderer.render($0, of: report) }
            + [SLAJSONRenderer.render(report, context)]
            + StatuspageAPI(context).files
            + [MaintenanceCalendar(context).file]
            + StatusBadges(context).files
            + ShieldsEndpoints(context).files
            + [UptimeAPIRenderer.render(timeline)]
        let generatedPaths = Set(rendered.map(\.path))
        let files = assets.filter { !generatedPaths.contains($0.path) } + rendered
        let keys = Dictionary(pages.compactMap { page in page.key.map { (page.path, $0) } }) { first, _ in first }
        return RenderedSite(
            files: files.sorted { $0.path < $1.path }, keys: keys, reusedCount: made.filter(\.reused).count)
    }

    private func page(_ path: String, _ viewModel: any TemplatedViewModel, _ strings: Strings) -> OutputFile {
        // Every page template was checked to exist when the renderer was made.
        let template = type(of: viewModel).template.rawValue
        let text = library.render(TemplateContext(viewModel: viewModel, strings: strings), withTemplate: template) ?? ""
        // Here, once for every page and feed, rather than in each view model: no text from any
        // source (title, Markdown, template) can reach a file with a character XML forbids.
        return OutputFile(path: path, contents: Data(XMLCharacters.removingDisallowed(from: text).utf8))
    }
}
