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

    /// Every output file of a site in one language, in the words of `strings`, sorted by path.
    public func render(_ timeline: Timeline, strings: Strings) -> [OutputFile] {
        render(timeline, languages: [strings])
    }

    /// Every output file, sorted by path, of a site in `languages` (one `Strings` each, the default first):
    /// the pages, feeds and calendar of each language in its folder (the default's at the root), and the
    /// files that are the same in every language (API, reports, badges, sitemap, assets) once, at the root.
    /// Pure: no disk, no clock (time = timeline.now).
    public func render(_ timeline: Timeline, languages: [Strings]) -> [OutputFile] {
        render(timeline, languages: languages, reusing: nil).files
    }

    /// What `render(_:languages:)` makes, with the key of each page that a later build may reuse. A page
    /// whose key `reuse` knows is taken from it rather than rendered.
    public func render(_ timeline: Timeline, languages: [Strings], reusing reuse: PageReuse?) -> RenderedSite {
        let siteLanguages = SiteLanguage.all(languages)
        let contexts = zip(languages, siteLanguages).map { strings, language in
            RenderingContext(timeline.translated(into: language), strings, language: language, of: siteLanguages)
        }
        guard let context = contexts.first else { return RenderedSite(files: [], keys: [:], reusedCount: 0) }
        let report = SLAReport(timeline)
        // A site's own robots.txt is published as it is; every other generated file wins over an asset.
        let ownRobots = assets.contains { $0.path == RobotsViewModel.path }
        let plans = contexts.map { context in
            let keys = reuse.map { PageKeys(context, $0) }
            return (
                context: context, keys: keys, pages: SitePlan.pages(context, report, ownRobots: ownRobots, keys: keys)
            )
        }
        let sitemapPages = plans[0].pages.compactMap { page in page.lastModified.map { (path: page.path, $0) } }
        let sitemapKey = reuse.map { PageKeys.sitemap(sitemapPages, in: siteLanguages, $0) }
        let made = plans.flatMap { plan in
            // Rendered on every core, each page into its own place: the same files whatever the scheduling.
            plan.pages.parallelMap { planned -> (page: MadePage, key: String?) in
                let path = plan.context.language.path(planned.path)
                if let key = planned.key, let previous = reuse?.previous(path, key) {
                    return (MadePage(path, previous), key)
                }
                return (.rendered(page(path, planned.viewModel, plan.context.strings)), planned.key)
            }
        }
        // The sitemap lists every page: reused too while no page comes or goes, or changes its moment.
        let sitemap: MadePage
        if let key = sitemapKey, let previous = reuse?.previous(SitemapViewModel.path, key) {
            sitemap = MadePage(SitemapViewModel.path, previous)
        } else {
            let viewModel = SitemapViewModel(sitemapPages, in: siteLanguages, baseURL: timeline.config.baseURL)
            sitemap = .rendered(page(SitemapViewModel.path, viewModel, context.strings))
        }
        // Each language's calendar: reused while no maintenance changes and the clock cannot change it.
        let calendars = plans.map { plan -> (page: MadePage, key: String?) in
            let key = plan.keys?.calendar()
            let path = plan.context.language.path(MaintenanceCalendar.path)
            if let key, let previous = reuse?.previous(path, key) { return (MadePage(path, previous), key) }
            return (.rendered(MaintenanceCalendar(plan.context).file), key)
        }
        let pages = made.map(\.page) + [sitemap] + calendars.map(\.page)
        let rendered =
            pages.compactMap(\.file)
            + report.months.map { SLACSVRenderer.render($0, of: report) }
            + [SLAJSONRenderer.render(report, context)]
            + StatuspageAPI(context).files
            + [EmbedWords.render(contexts)]
            + StatusBadges(context).files
            + ShieldsEndpoints(context).files
            + [UptimeAPIRenderer.render(timeline)]
        let generatedPaths = Set(rendered.map(\.path) + pages.compactMap(\.publishedPath))
        let files = assets.filter { !generatedPaths.contains($0.path) } + rendered
        var keys = Dictionary((made + calendars).compactMap { made in made.key.map { (made.page.path, $0) } }) {
            first, _ in first
        }
        keys[SitemapViewModel.path] = sitemapKey
        return RenderedSite(
            files: files.sorted { $0.path < $1.path }, published: pages.compactMap(\.publishedPath), keys: keys,
            reusedCount: pages.count { !$0.isRendered })
    }

    /// A page as a render made it: rendered, reused with its bytes, or reused as the output folder holds it.
    private enum MadePage {
        case rendered(OutputFile)
        case reused(OutputFile)
        case published(String)

        init(_ path: String, _ previous: PreviousPage) {
            switch previous {
            case .contents(let contents): self = .reused(OutputFile(path: path, contents: contents))
            case .published: self = .published(path)
            }
        }

        var path: String {
            switch self {
            case .rendered(let file), .reused(let file): file.path
            case .published(let path): path
            }
        }

        /// The file, when the render has its bytes.
        var file: OutputFile? {
            switch self {
            case .rendered(let file), .reused(let file): file
            case .published: nil
            }
        }

        var publishedPath: String? {
            if case .published(let path) = self { path } else { nil }
        }

        var isRendered: Bool {
            if case .rendered = self { true } else { false }
        }
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
