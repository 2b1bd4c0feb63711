import Foundation
import StatusgenModel

/// A page or file to render from a template: where, with which data (whose type names the template),
/// for an HTML page listed in the sitemap, when its content last changed, and for a page a build may
/// reuse, its key (see `PageKeys`).
struct PlannedPage: Sendable {
    let path: String
    /// Made when asked for, so that a page reused from an earlier build costs no view model.
    private let makeViewModel: @Sendable () -> any TemplatedViewModel
    let lastModified: Date?
    let key: String?

    init(
        path: String, viewModel: @autoclosure @escaping @Sendable () -> any TemplatedViewModel, lastModified: Date?,
        key: String? = nil
    ) {
        self.path = path
        makeViewModel = viewModel
        self.lastModified = lastModified
        self.key = key
    }

    /// The page's data, made anew each time.
    var viewModel: any TemplatedViewModel { makeViewModel() }
}

/// Every page and file a site renders from templates in one language, in no particular order, with
/// paths within the language (the renderer puts them in the language's folder).
enum SitePlan {
    /// The pages of `context`'s timeline in its language; `robots.txt` only in the default language, and
    /// only when the site has no `robots.txt` of its own. With `keys`, the pages that can be reused have
    /// their key.
    static func pages(
        _ context: RenderingContext, _ report: SLAReport, ownRobots: Bool, keys: PageKeys? = nil
    ) -> [PlannedPage] {
        let timeline = context.timeline
        let now = timeline.now
        let contents = MonthContents(report, timeline)
        var pages = [
            PlannedPage(path: IndexViewModel.path, viewModel: IndexViewModel(context), lastModified: now),
            PlannedPage(path: FeedViewModel.path, viewModel: FeedViewModel(context), lastModified: nil),
            PlannedPage(path: AtomFeedViewModel.path, viewModel: AtomFeedViewModel(context), lastModified: nil),
            PlannedPage(path: NotFoundViewModel.path, viewModel: NotFoundViewModel(context), lastModified: nil),
            PlannedPage(
                path: HistoryIndexViewModel.path, viewModel: HistoryIndexViewModel(report, contents, context),
                lastModified: now),
            PlannedPage(path: SubscribeViewModel.path, viewModel: SubscribeViewModel(context), lastModified: now),
            PlannedPage(path: EmbedViewModel.path, viewModel: EmbedViewModel(context), lastModified: nil),
        ]
        if !ownRobots, context.language.isDefault {
            pages.append(
                PlannedPage(
                    path: RobotsViewModel.path,
                    viewModel: RobotsViewModel(sitemapURL: timeline.config.baseURL + SitemapViewModel.path),
                    lastModified: nil))
        }
        pages += timeline.incidents.parallelMap { incident in
            PlannedPage(
                path: RenderingContext.path(ofIncident: incident.id),
                viewModel: IncidentPageViewModel(incident, context),
                lastModified: LastModified.incident(incident, now: now),
                key: keys?.incident(incident))
        }
        pages += timeline.components.flatMap { state in componentPages(state, context, report, keys) }
        pages += report.months.indices.map { index in
            PlannedPage(
                path: report.months[index].path,
                viewModel: HistoryMonthViewModel(index, of: report, contents, context),
                lastModified: LastModified.month(report.months[index], started: contents.incidents[index], now: now),
                key: keys?.month(index, of: report, contents))
        }
        return pages
    }

    /// A component's page and its two feeds, each with its key when there are `keys`.
    private static func componentPages(
        _ state: ComponentState, _ context: RenderingContext, _ report: SLAReport, _ keys: PageKeys?
    ) -> [PlannedPage] {
        let component = state.component
        let feedKey = keys?.feed(of: component)
        return [
            PlannedPage(
                path: RenderingContext.path(ofComponent: component.id),
                viewModel: ComponentPageViewModel(state, report, context), lastModified: context.timeline.now,
                key: keys?.component(state, report)),
            PlannedPage(
                path: FeedViewModel.path(of: component),
                viewModel: FeedViewModel(context, component: component), lastModified: nil, key: feedKey),
            PlannedPage(
                path: AtomFeedViewModel.path(of: component),
                viewModel: AtomFeedViewModel(context, component: component), lastModified: nil, key: feedKey),
        ]
    }
}
