import Foundation
import StatusgenModel

/// A page or file to render from a template: where, with which data (whose type names the template),
/// and for an HTML page listed in the sitemap, when its content last changed.
struct PlannedPage: Sendable {
    let path: String
    let viewModel: any TemplatedViewModel
    let lastModified: Date?
}

/// Every page and file a site renders from templates in one language, in no particular order, with
/// paths within the language (the renderer puts them in the language's folder).
enum SitePlan {
    /// The pages of `context`'s timeline in its language; `robots.txt` only in the default language, and
    /// only when the site has no `robots.txt` of its own.
    static func pages(_ context: RenderingContext, _ report: SLAReport, ownRobots: Bool) -> [PlannedPage] {
        let timeline = context.timeline
        let now = timeline.now
        var pages = [
            PlannedPage(path: IndexViewModel.path, viewModel: IndexViewModel(context), lastModified: now),
            PlannedPage(path: FeedViewModel.path, viewModel: FeedViewModel(context), lastModified: nil),
            PlannedPage(path: AtomFeedViewModel.path, viewModel: AtomFeedViewModel(context), lastModified: nil),
            PlannedPage(path: NotFoundViewModel.path, viewModel: NotFoundViewModel(context), lastModified: nil),
            PlannedPage(
                path: HistoryIndexViewModel.path, viewModel: HistoryIndexViewModel(report, context), lastModified: now),
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
                lastModified: LastModified.incident(incident, now: now))
        }
        pages += timeline.components.flatMap { state in componentPages(state, context, report) }
        pages += report.months.indices.map { index in
            PlannedPage(
                path: report.months[index].path,
                viewModel: HistoryMonthViewModel(index, of: report, context),
                lastModified: LastModified.month(report.months[index], timeline))
        }
        return pages
    }

    /// A component's page and its two feeds.
    private static func componentPages(
        _ state: ComponentState, _ context: RenderingContext, _ report: SLAReport
    ) -> [PlannedPage] {
        let component = state.component
        return [
            PlannedPage(
                path: RenderingContext.path(ofComponent: component.id),
                viewModel: ComponentPageViewModel(state, report, context), lastModified: context.timeline.now),
            PlannedPage(
                path: FeedViewModel.path(of: component),
                viewModel: FeedViewModel(context, component: component), lastModified: nil),
            PlannedPage(
                path: AtomFeedViewModel.path(of: component),
                viewModel: AtomFeedViewModel(context, component: component), lastModified: nil),
        ]
    }
}
