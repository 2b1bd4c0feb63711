import Foundation
import StatusgenCore
import StatusgenModel
import StatusgenRendering

/// A small resolved site, built by hand: a mail service in Europe/London two days after the
/// 25 Oct 2026 change from summer time, with an active incident, a resolved one, an upcoming
/// maintenance, an outage found by monitoring, a stale monitor and days without data.
enum Fixture {
    /// The built-in English strings.
    static let english = StringsCatalog(site: []).strings(for: "en")
    /// The built-in German strings.
    static let german = StringsCatalog(site: []).strings(for: "de")
    /// The built-in French strings.
    static let french = StringsCatalog(site: []).strings(for: "fr")

    static let londonZone = TimeZone(identifier: "Europe/London")!
    static let now = date("2026-10-27T12:00:00Z")

    static let config = SiteConfig(
        title: "Example Mail Cloud Status",
        baseURL: "https://status.example.com/",
        description: "Live and past status of Example Mail Cloud.",
        timeZone: londonZone,
        historyDays: 90,
        components: [
            Component(
                id: "mail-inbound", name: "Inbound mail (SMTP)", group: "Email",
                description: "Mail delivered to your users.", monitors: ["smtp-in-uk"], sla: 99.95),
            Component(id: "mail-outbound", name: "Outbound mail", group: "Email", monitors: ["smtp-out"]),
            Component(id: "admin-console", name: "Admin console", group: "Management"),
        ]
    )

    static let active = TimelineIncident(
        incident: Incident(
            id: "2026-10-27-mail-flow", kind: .incident, title: "Mail flow stopped for UK customers",
            impact: .critical,
            components: [
                AffectedComponent(id: "mail-inbound", status: .majorOutage),
                AffectedComponent(id: "admin-console", status: .partialOutage),
            ],
            summaryHTML: "",
            updates: [
                update(
                    "2026-10-27T10:52:00Z", .investigating,
                    "<p>Inbound mail is <strong>not</strong> being delivered.</p>\n"),
                update("2026-10-27T11:10:00Z", .update, "<p>Queued mail is held, not lost.</p>\n"),
                update("2026-10-27T11:30:00Z", .identified, "<p>A storage cluster failed over incorrectly.</p>\n"),
            ],
            source: SourceLocation(path: "incidents/2026-10-27-mail-flow.md", line: 1)),
        phase: .active, status: .identified,
        updates: [
            timelineUpdate("2026-10-27T11:30:00Z", .identified, "<p>A storage cluster failed over incorrectly.</p>\n"),
            timelineUpdate(
                "2026-10-27T11:10:00Z", .update, "<p>Queued mail is held, not lost.</p>\n", effective: .investigating),
            timelineUpdate(
                "2026-10-27T10:52:00Z", .investigating, "<p>Inbound mail is <strong>not</strong> being delivered.</p>\n"
            ),
        ],
        startedAt: date("2026-10-27T10:52:00Z"), endedAt: nil, detectedOutages: [])

    static let coveredOutage = DetectedOutage(
        monitor: "smtp-out", componentIDs: ["mail-outbound"], start: date("2026-10-24T09:10:00Z"),
        end: date("2026-10-24T09:40:00Z"), checks: 30)

    /// Resolved before the change from summer time; its title needs escaping.
    static let resolved = TimelineIncident(
        incident: Incident(
            id: "2026-10-24-outbound-delays", kind: .incident, title: "Outbound <script>alert(1)</script> & delays",
            impact: .minor,
            components: [AffectedComponent(id: "mail-outbound", status: .degradedPerformance)],
            summaryHTML: "<p>Outbound mail to some providers was delayed.</p>\n",
            postmortemHTML: "<p>A certificate expired on one relay.</p>\n",
            updates: [
                update("2026-10-24T09:15:00Z", .investigating, "<p>Outbound mail is delayed.</p>\n"),
                update("2026-10-24T11:28:00Z", .resolved, "<p>All queued mail is <em>delivered</em>.</p>\n"),
            ],
            source: SourceLocation(path: "incidents/2026-10-24-outbound-delays.md", line: 1)),
        phase: .resolved, status: .resolved,
        updates: [
            timelineUpdate("2026-10-24T11:28:00Z", .resolved, "<p>All queued mail is <em>delivered</em>.</p>\n"),
            timelineUpdate("2026-10-24T09:15:00Z", .investigating, "<p>Outbound mail is delayed.</p>\n"),
        ],
        startedAt: date("2026-10-24T09:15:00Z"), endedAt: date("2026-10-24T11:28:00Z"),
        detectedOutages: [coveredOutage])

    static let maintenance = TimelineIncident(
        incident: Incident(
            id: "2026-10-29-console-upgrade", kind: .maintenance, title: "Admin console upgrade", impact: .minor,
            components: [AffectedComponent(id: "admin-console", status: .underMaintenance)],
            summaryHTML: "<p>The admin console will be read-only.</p>\n",
            updates: [update("2026-10-20T09:00:00Z", .scheduled, "<p>Planned for Thursday night.</p>\n")],
            window: MaintenanceWindow(starts: date("2026-10-29T22:00:00Z"), ends: date("2026-10-29T23:30:00Z")),
            source: SourceLocation(path: "incidents/2026-10-29-console-upgrade.md", line: 1)),
        phase: .upcoming, status: .scheduled,
        updates: [timelineUpdate("2026-10-20T09:00:00Z", .scheduled, "<p>Planned for Thursday night.</p>\n")],
        startedAt: date("2026-10-29T22:00:00Z"), endedAt: nil, detectedOutages: [])

    static let uncoveredOutage = DetectedOutage(
        monitor: "smtp-in-uk", componentIDs: ["mail-inbound"], start: date("2026-10-26T03:00:00Z"),
        end: date("2026-10-26T03:12:00Z"), checks: 12)

    /// The 90 calendar days of the history in London, oldest first, ending today.
    static let days: [CalendarDay] = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = londonZone
        let today = calendar.startOfDay(for: now)
        return (0..<config.historyDays).reversed().map { offset in
            let start = calendar.date(byAdding: .day, value: -offset, to: today)!
            let end = calendar.date(byAdding: .day, value: 1, to: start)!
            let parts = calendar.dateComponents([.year, .month, .day], from: start)
            let date = String(format: "%04d-%02d-%02d", parts.year!, parts.month!, parts.day!)
            return CalendarDay(date: date, start: start, end: end)
        }
    }()

    static var timeline: Timeline {
        Timeline(
            config: config, now: now,
            components: [
                ComponentState(
                    component: config.components[0], status: .majorOutage,
                    monitors: [MonitorState(name: "smtp-in-uk", latest: nil, isStale: false)],
                    days: componentDays(monitoredFrom: 30) { day in
                        switch day.date {
                        case "2026-10-26": (.majorOutage, 0.9916, [])
                        case "2026-10-27": (.majorOutage, 0.95, [active.id])
                        default: (.operational, 1, [])
                        }
                    },
                    uptime: 0.9993),
                ComponentState(
                    component: config.components[1], status: .operational,
                    monitors: [
                        MonitorState(
                            name: "smtp-out",
                            latest: MonitorCheck(time: date("2026-10-27T09:00:00Z"), monitor: "smtp-out", status: .up),
                            isStale: true)
                    ],
                    days: componentDays(monitoredFrom: 0) { day in
                        day.date == "2026-10-24"
                            ? (.degradedPerformance, 0.9791, [resolved.id]) : (.operational, 0.9995, [])
                    },
                    uptime: 0.99987),
                ComponentState(
                    component: config.components[2], status: .partialOutage, monitors: [],
                    days: days.map { day in
                        let today = day.date == "2026-10-27"
                        return ComponentDay(
                            day: day, status: today ? .partialOutage : nil, uptime: nil, coveredSeconds: 0,
                            downSeconds: 0, degradedSeconds: 0, incidentIDs: today ? [active.id] : [])
                    },
                    uptime: nil),
            ],
            incidents: [maintenance, active, resolved],
            detectedOutages: [uncoveredOutage],
            days: days, recentDays: days.suffix(14).reversed())
    }

    /// The timeline with each component's current status replaced.
    static func timeline(statuses: [ComponentStatus]) -> Timeline {
        var timeline = timeline
        for index in timeline.components.indices {
            timeline.components[index].status = statuses[index]
        }
        return timeline
    }

    static func date(_ text: String) -> Date {
        ISO8601DateFormatter().date(from: text)!
    }

    private static func update(_ time: String, _ status: UpdateStatus, _ html: String) -> IncidentUpdate {
        IncidentUpdate(time: date(time), status: status, bodyHTML: html, line: 1)
    }

    private static func timelineUpdate(
        _ time: String, _ status: UpdateStatus, _ html: String, effective: UpdateStatus? = nil
    ) -> TimelineUpdate {
        TimelineUpdate(update: update(time, status, html), effectiveStatus: effective ?? status)
    }

    /// Days with monitor data from the `monitoredFrom`-th day on; earlier days have none.
    private static func componentDays(
        monitoredFrom first: Int, _ state: (CalendarDay) -> (ComponentStatus, Double, [String])
    ) -> [ComponentDay] {
        days.enumerated().map { index, day in
            guard index >= first else {
                return ComponentDay(
                    day: day, status: nil, uptime: nil, coveredSeconds: 0, downSeconds: 0, degradedSeconds: 0,
                    incidentIDs: [])
            }
            let (status, uptime, incidents) = state(day)
            let covered = day.end.timeIntervalSince(day.start)
            return ComponentDay(
                day: day, status: status, uptime: uptime, coveredSeconds: covered,
                downSeconds: covered * (1 - uptime), degradedSeconds: 0, incidentIDs: incidents)
        }
    }
}
