import Foundation
import StatusgenModel

/// The keys of the pages of one language that a build may reuse: each is the digest of a text naming
/// everything the page's bytes depend on, so that two builds with the same key render the same bytes.
/// Every such text starts with the shared inputs (see `PageReuse.sharedDigest`), the language, how the
/// site names times around the build's moment and whether its notice shows.
struct PageKeys {
    private let context: RenderingContext
    private let start: String
    /// The inputs of each incident whose file has a digest (see `incidentInputs`), by id.
    private let incidents: [String: String]

    init(_ context: RenderingContext, _ reuse: PageReuse) {
        self.context = context
        let notice = context.config.notice?.isShown(at: context.timeline.now) ?? false
        start = [reuse.sharedDigest, context.language.code, "notice=\(notice)", context.time.fingerprint].joined(
            separator: "\n")
        let inputs = context.timeline.incidents.parallelMap { item in
            Self.incidentInputs(item, context.language, reuse).map { (item.id, $0) }
        }
        incidents = Dictionary(inputs.compactMap { $0 }, uniquingKeysWith: { first, _ in first })
    }

    /// The key of an incident's page: the incident's inputs, and the build's moment unless the page no
    /// longer changes with the clock. `nil` when the incident's file has no digest.
    func incident(_ item: TimelineIncident) -> String? {
        guard let inputs = incidents[item.id] else { return nil }
        return HexDigest.of(lines: [
            start, "incident", inputs, clock(isSettled: LastModified.isSettled(item, now: context.timeline.now)),
        ])
    }

    /// The key of the page of `report`'s month at `index`: the month (its days so far, whether it goes
    /// on) and the months before and after it, the inputs of each incident that started in it or is
    /// planned in it, the outages monitors found in it that no incident covers, every component's SLA and
    /// credit figures for it, and the build's moment unless the page no longer changes with the clock (the
    /// month is over, each of its incidents settled and each of its outages ended). `nil` when an
    /// incident's file has no digest.
    func month(_ index: Int, of report: SLAReport, _ contents: MonthContents) -> String? {
        let months = report.months
        let month = months[index]
        let (started, outages) = (contents.incidents[index], contents.outages[index])
        let isSettled =
            LastModified.isSettled(month, started: started, now: context.timeline.now)
            && outages.allSatisfy { $0.end != nil }
        var lines = [
            start, "month \(month.key) days=\(month.dayCount) inProgress=\(month.isInProgress)",
            "previous " + (index > 0 ? months[index - 1].key : "none"),
            "next " + (index + 1 < months.count ? months[index + 1].key : "none"), clock(isSettled: isSettled),
        ]
        for item in started + contents.planned[index] {
            guard let inputs = incidents[item.id] else { return nil }
            lines.append(inputs)
        }
        lines += outages.map(Self.outageText)
        for state in report.components {
            lines.append(state.id + " " + Self.figuresText(report.figures(state, in: month)))
            if let credit = report.credit(state, in: month) {
                lines.append(state.id + " " + Self.creditText(credit))
            }
        }
        return HexDigest.of(lines: lines)
    }

    /// The key of a component's RSS or Atom feed: the component, the inputs of every incident that names
    /// the component, among which the feed picks the latest updates, and the build's moment unless the feed
    /// no longer changes with the clock (`FeedUpdates.isSettled`: no update is still to come out, and the
    /// feed has one to date itself by). An incident with no update out yet is in neither: it is not on the
    /// site, and the key changes when its first update comes out and it is. `nil` when such an incident's
    /// file has no digest.
    func feed(of component: Component) -> String? {
        datedByUpdates("feed \(component.id)", context.incidents(naming: component.id))
    }

    /// The key of the maintenance calendar: the inputs of every maintenance on the site, and the build's
    /// moment unless the calendar no longer changes with the clock (as for a feed, `FeedUpdates.isSettled`:
    /// no update is still to come out, and the calendar has one to date itself by). `nil` when a
    /// maintenance's file has no digest.
    func calendar() -> String? {
        datedByUpdates("calendar", context.timeline.incidents.filter { $0.incident.window != nil })
    }

    /// The key of a file of `items` dated by their newest update (a feed, the calendar), called `name`:
    /// their inputs, and the build's moment unless an update is still to come out.
    private func datedByUpdates(_ name: String, _ items: [TimelineIncident]) -> String? {
        var lines = [start, name, clock(isSettled: FeedUpdates.isSettled(items, now: context.timeline.now))]
        for item in items {
            guard let inputs = incidents[item.id] else { return nil }
            lines.append(inputs)
        }
        return HexDigest.of(lines: lines)
    }

    /// The key of a component's page: the component, the build's moment (the page changes with the
    /// clock), its status and uptime figures, each monitor's latest result and whether it is stale, each
    /// day of its bars (with the incidents of the day), the inputs of each incident it lists and whether
    /// older ones name it, and its SLA figures and service credit for every month of `report`. `nil` when
    /// such an incident's file has no digest.
    func component(_ state: ComponentState, _ report: SLAReport) -> String? {
        func number(_ value: Double?) -> String { value.map { "\($0)" } ?? "none" }
        var lines = [
            start, "component \(state.id)", clock(isSettled: false), "status \(state.status.rawValue)",
            "uptime \(number(state.uptime)) \(number(state.uptime30Days)) \(number(state.uptime90Days))",
        ]
        for monitor in state.monitors {
            let latest = monitor.latest.map {
                "\($0.time.timeIntervalSince1970) \($0.status.rawValue) \(number($0.latencyMs))"
            }
            lines.append("monitor \(monitor.name) stale=\(monitor.isStale) latest=\(latest ?? "none")")
        }
        for day in state.days {
            lines.append(
                "day \(day.day.date) \(day.day.start.timeIntervalSince1970) \(day.status?.rawValue ?? "none") "
                    + "\(number(day.uptime)) \(day.coveredSeconds) \(day.downSeconds) \(day.degradedSeconds) "
                    + "\(day.maintenanceCoveredSeconds) \(day.maintenanceDownSeconds) "
                    + "\(number(day.latencyP50Ms)) \(number(day.latencyP95Ms))")
            for id in day.incidentIDs {
                guard let inputs = incidents[id] else { return nil }
                lines.append(inputs)
            }
        }
        let listed = ComponentPageViewModel.listedIncidents(of: state.component, context)
        for item in listed.recent {
            guard let inputs = incidents[item.id] else { return nil }
            lines.append(inputs)
        }
        lines.append("older=\(listed.hasOlder)")
        for month in report.months {
            lines.append(month.key + " " + Self.figuresText(report.figures(state, in: month)))
            if let credit = report.credit(state, in: month) { lines.append(month.key + " " + Self.creditText(credit)) }
        }
        return HexDigest.of(lines: lines)
    }

    /// The key of `sitemap.xml`: the site's languages, and each page it lists (`pages`, within a language)
    /// with the moment its content last changed.
    static func sitemap(_ pages: [(path: String, lastModified: Date)], in languages: [SiteLanguage], _ reuse: PageReuse)
        -> String
    {
        var digest = HexDigest()
        digest.add(reuse.sharedDigest + "\nsitemap " + languages.map(\.code).joined(separator: " ") + "\n")
        for page in pages {
            digest.add("\(page.path) \(page.lastModified.timeIntervalSince1970)\n")
        }
        return digest.finish()
    }

    /// The build's moment, or that the page no longer changes with it.
    private func clock(isSettled: Bool) -> String {
        isSettled ? "settled" : RFC3339.string(from: context.timeline.now)
    }

    /// What an incident brings to a page in `language`: its file, its translation into that language (or
    /// that there is none) and the outages monitors found in it. `nil` when its file has no digest.
    private static func incidentInputs(_ item: TimelineIncident, _ language: SiteLanguage, _ reuse: PageReuse)
        -> String?
    {
        let path = item.incident.source.path
        guard let digest = reuse.fileDigests[path] else { return nil }
        let translation =
            language.isDefault
            ? "original" : reuse.fileDigests[SiteLayout.translationPath(item.id, locale: language.code)] ?? "none"
        return ([path, digest, translation] + item.detectedOutages.map(outageText)).joined(separator: "\n")
    }

    /// An outage in one line, its moments to the fraction of a second.
    private static func outageText(_ outage: DetectedOutage) -> String {
        let end = outage.end.map { "\($0.timeIntervalSince1970)" } ?? "ongoing"
        return "outage \(outage.monitor) [\(outage.componentIDs.joined(separator: ","))] "
            + "\(outage.start.timeIntervalSince1970) \(end) checks=\(outage.checks)"
    }

    /// A component's SLA figures for a month, every one of them.
    private static func figuresText(_ figures: SLAFigures) -> String {
        "sla \(figures.result.rawValue) target=\(figures.target.map { "\($0)" } ?? "none") "
            + "measured=\(figures.measuredSeconds) down=\(figures.downtimeSeconds) "
            + "allowed=\(figures.allowedDowntimeSeconds.map { "\($0)" } ?? "none") "
            + "uptime=\(figures.uptime.map { "\($0)" } ?? "none") days=\(figures.daysWithData)/\(figures.days)"
    }

    /// A component's service credit for a month: the result, the uptime it measures and the tier reached
    /// (the schedule itself is in `statusgen.yml`, a shared input).
    private static func creditText(_ credit: CreditFigures) -> String {
        let tier = credit.tier.map { "\($0.below)/\($0.credit)" } ?? "none"
        return "credit \(credit.result.rawValue) uptime=\(credit.uptime.map { "\($0)" } ?? "none") tier=\(tier)"
    }
}
