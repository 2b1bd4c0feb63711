import Foundation
import StatusgenModel

/// A very small resolved site in UTC for the API, calendar and badge tests, whose outputs are short
/// enough to compare whole: two grouped components and one without a group, an open incident, an
/// upcoming maintenance and a cancelled one.
enum SmallSite {
    static let now = Fixture.date("2026-11-07T16:00:00Z")
    static let day = CalendarDay(
        date: "2026-11-07", start: Fixture.date("2026-11-07T00:00:00Z"), end: Fixture.date("2026-11-08T00:00:00Z"))

    static let config = SiteConfig(
        title: "Acme Status", baseURL: "https://status.acme.test/", timeZone: TimeZone(identifier: "UTC")!,
        historyDays: 1,
        components: [
            Component(id: "web", name: "Website", group: "Public", description: "The shop."),
            Component(id: "pay", name: "Checkout & <payments>", group: "Public"),
            Component(id: "desk", name: "Support desk"),
        ])

    static let outage = TimelineIncident(
        incident: Incident(
            id: "2026-11-07-web-down", kind: .incident, title: "Website \"down\"", impact: .major,
            components: [AffectedComponent(id: "web", status: .majorOutage)], summaryHTML: "",
            updates: [
                update("2026-11-07T15:10:00Z", .investigating, "The site is down."),
                update("2026-11-07T15:40:00Z", .monitoring, "A fix is out."),
            ],
            source: SourceLocation(path: "incidents/2026-11-07-web-down.md", line: 1)),
        phase: .active, status: .monitoring,
        updates: [
            TimelineUpdate(
                update: update("2026-11-07T15:40:00Z", .monitoring, "A fix is out."), effectiveStatus: .monitoring),
            TimelineUpdate(
                update: update("2026-11-07T15:10:00Z", .investigating, "The site is down."),
                effectiveStatus: .investigating),
        ],
        startedAt: Fixture.date("2026-11-07T15:10:00Z"), endedAt: nil, detectedOutages: [])

    static let upgrade = TimelineIncident(
        incident: Incident(
            id: "2026-11-10-db-upgrade", kind: .maintenance, title: "Database upgrade", impact: .none,
            components: [AffectedComponent(id: "pay", status: .underMaintenance)], summaryHTML: "",
            summaryText: "Checkout pauses; orders wait, then go through.",
            updates: [update("2026-11-06T12:00:00Z", .scheduled, "Planned for Tuesday, 03:00 UTC.")],
            window: MaintenanceWindow(
                starts: Fixture.date("2026-11-10T03:00:00Z"), ends: Fixture.date("2026-11-10T05:00:00Z")),
            source: SourceLocation(path: "incidents/2026-11-10-db-upgrade.md", line: 1)),
        phase: .upcoming, status: .scheduled,
        updates: [
            TimelineUpdate(
                update: update("2026-11-06T12:00:00Z", .scheduled, "Planned for Tuesday, 03:00 UTC."),
                effectiveStatus: .scheduled)
        ],
        startedAt: Fixture.date("2026-11-10T03:00:00Z"), endedAt: nil, detectedOutages: [])

    static let cancelled = TimelineIncident(
        incident: Incident(
            id: "2026-11-08-desk-move", kind: .maintenance, title: "Support desk move", impact: .none,
            components: [], summaryHTML: "",
            updates: [
                update("2026-11-01T09:00:00Z", .scheduled, "Moving the desk."),
                update("2026-11-05T09:00:00Z", .cancelled, "Not needed; we stay."),
            ],
            window: MaintenanceWindow(
                starts: Fixture.date("2026-11-08T08:00:00Z"), ends: Fixture.date("2026-11-08T09:00:00Z")),
            source: SourceLocation(path: "incidents/2026-11-08-desk-move.md", line: 1)),
        phase: .completed, status: .cancelled,
        updates: [
            TimelineUpdate(
                update: update("2026-11-05T09:00:00Z", .cancelled, "Not needed; we stay."),
                effectiveStatus: .cancelled),
            TimelineUpdate(
                update: update("2026-11-01T09:00:00Z", .scheduled, "Moving the desk."), effectiveStatus: .scheduled),
        ],
        startedAt: Fixture.date("2026-11-05T09:00:00Z"), endedAt: Fixture.date("2026-11-05T09:00:00Z"),
        detectedOutages: [])

    static var timeline: Timeline {
        Timeline(
            config: config, now: now,
            components: [
                ComponentState(
                    component: config.components[0], status: .majorOutage, monitors: [], days: [], uptime: nil),
                ComponentState(
                    component: config.components[1], status: .operational, monitors: [], days: [], uptime: nil),
                ComponentState(
                    component: config.components[2], status: .operational, monitors: [], days: [], uptime: nil),
            ],
            incidents: [upgrade, outage, cancelled], detectedOutages: [], days: [day], recentDays: [day])
    }

    /// The text of the file at `path` rendered from `timeline`.
    static func text(_ path: String, of timeline: Timeline = timeline) throws -> String {
        try RenderedSite(timeline).text(path)
    }

    private static func update(_ time: String, _ status: UpdateStatus, _ text: String) -> IncidentUpdate {
        IncidentUpdate(time: Fixture.date(time), status: status, bodyHTML: "<p>\(text)</p>\n", bodyText: text, line: 1)
    }
}
