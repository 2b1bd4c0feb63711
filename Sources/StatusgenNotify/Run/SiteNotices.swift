import Foundation
import StatusgenBuild
import StatusgenCore
import StatusgenModel
import StatusgenRendering

/// The site read as the build reads it, and the notices of its updates as of `now`: in the site's
/// language, and on request in any other it has strings for (for subscribers who ask for one).
struct SiteNotices {
    let config: SiteConfig
    /// The languages there are strings for.
    let locales: [String]
    private let site: ParsedSite
    private let timeline: Timeline
    private let catalog: StringsCatalog

    /// Where webhook payloads' `meta.documentation` points.
    static let documentationURL = "https://github.com/statusgen/statusgen/blob/main/docs/notifications.md"

    /// Reads the site in `root`. A bad monitor row does not stop the news: it is left out (the build says
    /// where it is), as the components' statuses in a webhook's body need no more than the rest.
    init(root: URL, now: Date) throws {
        let (inputs, parsed) = try SiteBuild.parse(source: root, skipsBadMonitorRows: true)
        let settings = try inputs.settings.get()
        let errors = parsed.diagnostics.filter { $0.severity == .error }
        guard let site = parsed.site, errors.isEmpty else { throw DiagnosticList(errors) }
        self.site = site
        config = settings.config
        timeline = TimelineBuilder().build(from: site, now: now)
        catalog = StringsCatalog(site: inputs.files)
        locales = catalog.locales
    }

    /// The ids of the site's incidents and maintenances.
    var incidentIDs: Set<String> { Set(site.incidents.map(\.id)) }

    /// The notice of each update whose id `isWanted` accepts, in the site's language.
    func notices(where isWanted: (String) -> Bool) -> [UpdateNotice] {
        UpdateNoticeBuilder(
            timeline: timeline, strings: catalog.strings(for: config.locale), documentationURL: Self.documentationURL
        ).notices(where: isWanted)
    }

    /// The body of the Statuspage webhook for `notice`, with the site as it stood right after its update:
    /// made from the site as of the update's moment, without the incident's updates that come after it (a
    /// resolve scripted in the same second), so that the page's indicator, the components' statuses and the
    /// incident's end are those of then, even when later updates are sent in the same run.
    func webhookJSON(for notice: UpdateNotice) -> String {
        var then = site
        if let index = then.incidents.firstIndex(where: { $0.id == notice.incidentID }) {
            let incident = then.incidents[index]
            if let place = incident.updates.firstIndex(where: { incident.updateID(of: $0) == notice.id }) {
                then.incidents[index].updates = Array(incident.updates[...place])
            }
        }
        let strings = catalog.strings(for: config.locale)
        for timeline in [TimelineBuilder().build(from: then, now: notice.time), timeline] {
            let builder = UpdateNoticeBuilder(
                timeline: timeline, strings: strings, documentationURL: Self.documentationURL)
            if let body = builder.webhookJSON(ofUpdate: notice.id) { return body }
        }
        // Not reached: the notice was made from the run's timeline, which has its update.
        return "{}"
    }

    /// The notice in `locale` of each update of `ids`, by update id: in a language the site is published in,
    /// each incident in its translation where it has one, with the link to its page in that language.
    func notices(in locale: String, ids: Set<String>) -> [String: UpdateNotice] {
        let notices = UpdateNoticeBuilder(
            timeline: timeline, strings: catalog.strings(for: locale),
            siteLanguages: config.locales.map(catalog.strings(for:)), documentationURL: Self.documentationURL
        ).notices(where: ids.contains)
        return Dictionary(notices.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }
}
