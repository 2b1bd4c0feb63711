import Foundation
import Mustache
import StatusgenModel

/// Renders a timeline into the files of a status site: pages, feeds, reports and assets.
public struct SiteRenderer: Sendable {
    /// The templates the renderer renders pages with; other templates are partials.
    static let pageTemplates = [
        "404", "component", "feed.atom", "feed.rss", "history", "history-month", "incident", "index", "robots.txt",
        "sitemap.xml", "subscribe",
    ]

    private let library: MustacheLibrary
    private let assets: [OutputFile]

    /// Compiles the templates; a Mustache syntax error becomes Diagnostic
    /// "templates/NAME.mustache:LINE: message", all collected.
    public init(templates: TemplateSet) throws(DiagnosticList) {
        library = try TemplateCompiler.compile(templates, requiring: Self.pageTemplates)
        assets = templates.assets
    }

    /// A page to render, and for an HTML page listed in the sitemap, when its content last changed.
    private struct Page {
        let path: String
        let template: String
        let viewModel: Any
        let lastModified: Date?
    }

    /// Every output file, sorted by path. Pure: no disk, no clock (time = timeline.now).
    public func render(_ timeline: Timeline) -> [OutputFile] {
        let context = RenderingContext(timeline)
        let now = timeline.now
        let report = SLAReport(timeline)
        let incidentPages = timeline.incidents.map { incident in
            let path = RenderingContext.path(ofIncident: incident.id)
            return Page(
                path: path, template: "incident", viewModel: IncidentPageViewModel(incident, context),
                lastModified: LastModified.incident(incident, now: now))
        }
        let componentPages = timeline.components.flatMap { state -> [Page] in
            let component = state.component
            return [
                Page(
                    path: RenderingContext.path(ofComponent: component.id), template: "component",
                    viewModel: ComponentPageViewModel(state, report, context), lastModified: now),
                Page(
                    path: FeedViewModel.path(of: component), template: "feed.rss",
                    viewModel: FeedViewModel(context, component: component), lastModified: nil),
                Page(
                    path: AtomFeedViewModel.path(of: component), template: "feed.atom",
                    viewModel: AtomFeedViewModel(context, component: component), lastModified: nil),
            ]
        }
        let monthPages = report.months.indices.map { index in
            Page(
                path: report.months[index].path, template: "history-month",
                viewModel: HistoryMonthViewModel(index, of: report, context),
                lastModified: LastModified.month(report.months[index], timeline))
        }
        let pages =
            [
                Page(
                    path: IndexViewModel.path, template: "index", viewModel: IndexViewModel(context), lastModified: now),
                Page(
                    path: FeedViewModel.path, template: "feed.rss", viewModel: FeedViewModel(context), lastModified: nil
                ),
                Page(
                    path: AtomFeedViewModel.path, template: "feed.atom", viewModel: AtomFeedViewModel(context),
                    lastModified: nil),
                Page(
                    path: NotFoundViewModel.path, template: "404", viewModel: NotFoundViewModel(context),
                    lastModified: nil),
                Page(
                    path: HistoryIndexViewModel.path, template: "history",
                    viewModel: HistoryIndexViewModel(report, context), lastModified: now),
                Page(
                    path: SubscribeViewModel.path, template: "subscribe", viewModel: SubscribeViewModel(context),
                    lastModified: now),
                Page(
                    path: RobotsViewModel.path, template: "robots.txt",
                    viewModel: RobotsViewModel(sitemapURL: timeline.config.baseURL + SitemapViewModel.path),
                    lastModified: nil),
            ] + incidentPages + componentPages + monthPages
        let sitemap = SitemapViewModel(
            pages.compactMap { page in page.lastModified.map { (page.path, $0) } }, baseURL: timeline.config.baseURL)
        let rendered =
            pages.map { render($0.path, $0.template, $0.viewModel) }
            + [render(SitemapViewModel.path, "sitemap.xml", sitemap)]
            + report.months.map { SLACSVRenderer.render($0, of: report) }
            + [SLAJSONRenderer.render(report, context)]
        // A generated file wins over an asset that happens to have its path.
        let generatedPaths = Set(rendered.map(\.path))
        let files = assets.filter { !generatedPaths.contains($0.path) } + rendered
        return files.sorted { $0.path < $1.path }
    }

    private func render(_ path: String, _ template: String, _ viewModel: Any) -> OutputFile {
        // Every page template was checked to exist when the renderer was made.
        let text = library.render(viewModel, withTemplate: template) ?? ""
        // Here, once for every page and feed, rather than in each view model: no text from any
        // source (title, Markdown, template) can reach a file with a character XML forbids.
        return OutputFile(path: path, contents: Data(XMLCharacters.removingDisallowed(from: text).utf8))
    }
}
