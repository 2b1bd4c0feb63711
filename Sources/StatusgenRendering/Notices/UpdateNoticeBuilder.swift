import Foundation
import StatusgenModel

/// Builds the notice of every update of a timeline, from the same rendering context as the pages.
public struct UpdateNoticeBuilder {
    let context: RenderingContext
    /// The address the webhook's `meta.documentation` points to.
    let documentationURL: String

    public init(timeline: Timeline, strings: Strings, documentationURL: String) {
        self.context = RenderingContext(timeline, strings)
        self.documentationURL = documentationURL
    }

    /// The notices in the language of `strings`, told as the site's pages in that language tell them when
    /// the site is published in it (`siteLanguages`, one `Strings` each, the default first): each incident in
    /// its translation where it has one, with the link to its page in that language.
    public init(timeline: Timeline, strings: Strings, siteLanguages: [Strings], documentationURL: String) {
        let languages = SiteLanguage.all(siteLanguages)
        if let language = languages.first(where: { $0.code == strings.locale }) {
            context = RenderingContext(timeline.translated(into: language), strings, language: language, of: languages)
        } else {
            context = RenderingContext(timeline, strings)
        }
        self.documentationURL = documentationURL
    }

    /// Every update that has happened by the timeline's `now` and whose id `isWanted` accepts: incidents by
    /// start, then id; updates oldest first. (A site's history has tens of thousands of updates, of which a
    /// run of `notify` needs those its ledger lacks.)
    public func notices(where isWanted: (String) -> Bool = { _ in true }) -> [UpdateNotice] {
        let items = context.timeline.incidents.sorted { ($0.startedAt, $0.id) < ($1.startedAt, $1.id) }
        return items.flatMap { item in
            item.updates.reversed().filter { $0.update.time <= context.timeline.now && isWanted(item.updateID(of: $0)) }
                .map { notice(item, $0) }
        }
    }

    private func notice(_ item: TimelineIncident, _ update: TimelineUpdate) -> UpdateNotice {
        let incident = item.incident
        let config = context.config
        let first = item.updates.last ?? update
        return UpdateNotice(
            id: item.updateID(of: update), threadID: item.updateID(of: first), incidentID: item.id, kind: incident.kind,
            title: incident.title, impact: incident.impact, status: update.effectiveStatus,
            statusWords: update.effectiveStatus.words(context.strings), time: update.update.time,
            timeText: context.time.dateTime(update.update.time), bodyText: update.update.bodyText,
            bodyHTML: update.update.bodyHTML,
            incidentURL: context.languageURL + RenderingContext.path(ofIncident: item.id),
            components: incident.components(after: update.update).map {
                // A resolution (or the end of the work, or its cancellation) gives every component back.
                update.effectiveStatus.endsIncident ? AffectedComponent(id: $0.id, status: .operational) : $0
            }.map {
                UpdateNotice.Component(
                    id: $0.id, name: context.componentName($0.id), status: $0.status,
                    statusWords: $0.status.words(context.strings))
            },
            siteTitle: config.title, siteURL: context.languageURL, locale: context.strings.locale,
            unsubscribeWord: context.strings.text("mail_unsubscribe"), statusLabel: context.strings.text("chat_status"),
            viewWords: context.strings.text("chat_view", ["site": config.title]),
            colon: context.strings.text("colon"),
            isNotified: incident.notify && !update.update.quiet)
    }

    /// The body of the Statuspage incident webhook (`meta`, `page`, `incident`) for the update `id`, as JSON,
    /// with the incident as it stood right after that update, and the page and its components as the
    /// timeline has them: given a timeline as of the update's moment, as they stood then. `nil` when the
    /// timeline has no such update.
    public func webhookJSON(ofUpdate id: String) -> String? {
        for item in context.timeline.incidents {
            guard let update = item.updates.first(where: { item.updateID(of: $0) == id }) else { continue }
            return StatuspageWebhook(context: context, documentationURL: documentationURL).body(item.asOf(update)).text
        }
        return nil
    }
}
