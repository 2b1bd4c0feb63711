import Foundation
import StatusgenModel
import Testing

@Suite("The status page, index.html")
struct StatusPageTests {
    let site: RenderedSite
    let index: String

    init() throws {
        site = try RenderedSite()
        index = site.text("index.html")
    }

    @Test("labels each day's bar with its date, status, uptime and incidents, for hover and screen readers")
    func barLabels() {
        let labels = [
            "26 Oct 2026: Major outage. 99.16% uptime.",
            "27 Oct 2026: Major outage. 95.00% uptime. Mail flow stopped for UK customers.",
            "24 Oct 2026: Degraded performance. 97.91% uptime. Outbound &lt;script&gt;alert(1)&lt;/script&gt; &amp; delays.",
            "27 Oct 2026: Partial outage. Not monitored. Mail flow stopped for UK customers.",
            "30 Jul 2026: No data.",
        ]
        for label in labels {
            #expect(
                index.contains("\" /><span class=\"bar-label\">\(label)</span></label></li>"),
                "\(label)")
        }
        #expect(index.components(separatedBy: "<li class=\"bar bar-").count - 1 == 3 * 90)
        #expect(
            index.contains(
                "<li class=\"bar bar-no-data\"><label class=\"bar-day\"><input class=\"bar-input\" type=\"radio\" name=\"day-mail-inbound\" /><span class=\"bar-label\">30 Jul 2026: No data.</span>"
            ))
        #expect(
            index.contains(
                "<li class=\"bar bar-major-outage\"><label class=\"bar-day\"><input class=\"bar-input\" type=\"radio\" name=\"day-mail-inbound\" /><span class=\"bar-label\">26 Oct 2026: Major outage. 99.16% uptime.</span>"
            ))
    }

    @Test("labels a day without data: no data when monitored, no incidents and not monitored otherwise")
    func noDataLabels() throws {
        // The monitored component has no data on its first 30 days; the one without monitors, on quiet days.
        let inbound = site.excerpt("index.html", after: "id=\"component-mail-inbound\"", from: "<ol", to: "</ol>")
        #expect(
            inbound.contains(
                "<li class=\"bar bar-no-data\"><label class=\"bar-day\"><input class=\"bar-input\" type=\"radio\" name=\"day-mail-inbound\" /><span class=\"bar-label\">30 Jul 2026: No data.</span>"
            ))
        #expect(!inbound.contains("Not monitored"))
        let console = site.excerpt("index.html", after: "id=\"component-admin-console\"", from: "<ol", to: "</ol>")
        #expect(
            console.contains(
                "<li class=\"bar bar-no-data\"><label class=\"bar-day\"><input class=\"bar-input\" type=\"radio\" name=\"day-admin-console\" /><span class=\"bar-label\">26 Oct 2026: No incidents reported. Not monitored.</span>"
            ))
        #expect(console.components(separatedBy: "No incidents reported. Not monitored.</span>").count - 1 == 89)
        #expect(!console.contains("No data."))
        #expect(!console.contains("Operational"))
        #expect(
            console.contains(
                "<li class=\"bar bar-partial-outage\"><label class=\"bar-day\"><input class=\"bar-input\" type=\"radio\" name=\"day-admin-console\" /><span class=\"bar-label\">27 Oct 2026: Partial outage. Not monitored. Mail flow stopped for UK customers.</span>"
            ))
    }

    @Test("shows each component's status in words, its uptime and the span of its bars")
    func components() {
        #expect(
            index.contains(
                "<a class=\"component-name\" href=\"components/mail-inbound.html\">Inbound mail (SMTP)</a>"))
        #expect(index.contains("</svg> Major outage</span>"))
        #expect(index.contains("</svg> Operational</span>"))
        #expect(index.contains("<span class=\"uptime\">99.93% uptime</span>"))
        #expect(index.contains("<span class=\"uptime\">99.98% uptime</span>"))
        #expect(index.contains("<span class=\"uptime\">Not monitored</span>"))
        #expect(index.contains("<span>90 days ago</span>"))
        #expect(index.contains("<span>Today</span>"))
        #expect(
            index.contains(
                "<fieldset class=\"bars-group\">\n<legend class=\"visually-hidden\">Daily status of Outbound mail over the last 90 days</legend>\n<ol class=\"bars\">"
            ))
    }

    @Test("notes a stale monitor with the time of its last result")
    func staleMonitor() {
        #expect(
            index.contains(
                "<p class=\"stale\">Monitoring data is stale since <time datetime=\"2026-10-27T09:00:00Z\">27 Oct 2026, 09:00 GMT</time>.</p>"
            ))
        #expect(index.components(separatedBy: "class=\"stale\"").count == 2)
    }

    @Test("shows groups in the order they are first seen, and components without a group")
    func groups() throws {
        var timeline = Fixture.timeline
        timeline.components[1].component.group = nil
        let index = try RenderedSite(timeline).text("index.html")
        let email = try #require(index.range(of: "<h3>Email</h3>"))
        let management = try #require(index.range(of: "<h3>Management</h3>"))
        let ungrouped = try #require(
            index.range(of: "<a class=\"component-name\" href=\"components/mail-outbound.html\">Outbound mail</a>"))
        // The components without a group come where the first of them is configured, under no heading.
        #expect(email.lowerBound < ungrouped.lowerBound)
        #expect(ungrouped.lowerBound < management.lowerBound)
        #expect(index.contains("<div class=\"component-group\">\n<ul class=\"component-list\">"))
    }

    @Test("shows times in the site's zone with its abbreviation, inside a UTC datetime, across a DST change")
    func times() {
        #expect(index.contains("<time datetime=\"2026-10-27T10:52:00Z\">27 Oct 2026, 10:52 GMT</time>"))
        #expect(index.contains("<time datetime=\"2026-10-24T11:28:00Z\">24 Oct 2026, 12:28 BST</time>"))
        #expect(index.contains("Last updated <time datetime=\"2026-10-27T12:00:00Z\">27 Oct 2026, 12:00 GMT</time>."))
    }

    @Test("lists active incidents with impact, affected components and every update, newest on top")
    func activeIncidents() throws {
        let section = site.excerpt(
            "index.html", after: "", from: "<section class=\"active-incidents\"", to: "</section>")
        #expect(
            section.contains("<a href=\"incidents/2026-10-27-mail-flow.html\">Mail flow stopped for UK customers</a>"))
        #expect(section.contains("Critical impact"))
        #expect(section.contains("<li>Admin console: <span class=\"status status-partial-outage\">"))
        let identified = try #require(section.range(of: "<strong>Identified</strong>"))
        let note = try #require(section.range(of: "<strong>Update</strong>"))
        let investigating = try #require(section.range(of: "<strong>Investigating</strong>"))
        #expect(identified.lowerBound < note.lowerBound)
        #expect(note.lowerBound < investigating.lowerBound)
        #expect(!section.contains("Outbound"))
        #expect(!section.contains("Admin console upgrade"))
    }

    @Test("shows upcoming maintenance with its window in the site's zone")
    func maintenance() {
        let section = site.excerpt("index.html", after: "", from: "<section class=\"maintenances\"", to: "</section>")
        #expect(section.contains("<a href=\"incidents/2026-10-29-console-upgrade.html\">Admin console upgrade</a>"))
        #expect(
            section.contains(
                "<time datetime=\"2026-10-29T22:00:00Z\">29 Oct 2026, 22:00 GMT</time> to <time datetime=\"2026-10-29T23:30:00Z\">23:30 GMT</time>"
            ))
        #expect(section.contains("<p class=\"meta\">Affects Admin console</p>"))
        #expect(section.contains("<div class=\"summary\"><p>The admin console will be read-only.</p>"))
    }

    @Test("marks an active incident with its impact, so its edge shows how bad it is", arguments: Impact.allCases)
    func activeIncidentImpact(impact: Impact) throws {
        var timeline = Fixture.timeline
        timeline.incidents[1].incident.impact = impact
        let index = try RenderedSite(timeline).text("index.html")
        #expect(index.contains("<article class=\"incident impact-\(impact.rawValue)\">"))
    }

    @Test("leaves out the sections of active incidents and maintenance when there are none")
    func quietSite() throws {
        var timeline = Fixture.timeline
        timeline.incidents = [Fixture.resolved]
        let index = try RenderedSite(timeline).text("index.html")
        #expect(!index.contains("Active incidents"))
        #expect(!index.contains("<h2 id=\"maintenance\">"))
    }

    @Test("lists the last 14 days of past incidents, newest first, quiet days included")
    func pastIncidents() throws {
        let section = site.excerpt(
            "index.html", after: "", from: "<section class=\"past-incidents\"", to: "</main>")
        #expect(section.components(separatedBy: "<section class=\"day\">").count - 1 == 14)
        #expect(section.components(separatedBy: "No incidents reported.").count - 1 == 11)
        let today = try #require(section.range(of: "<time datetime=\"2026-10-27\">27 Oct 2026</time>"))
        let oldest = try #require(section.range(of: "<time datetime=\"2026-10-14\">14 Oct 2026</time>"))
        #expect(today.lowerBound < oldest.lowerBound)
        #expect(!section.contains("13 Oct 2026"))
        #expect(
            section.contains(
                "<a href=\"incidents/2026-10-24-outbound-delays.html\">Outbound &lt;script&gt;alert(1)&lt;/script&gt; &amp; delays</a>"
            ))
        #expect(section.contains("<span class=\"phase\">Resolved</span>"))
        #expect(section.contains("<p>All queued mail is <em>delivered</em>.</p>"))
        #expect(section.contains("<strong>Outage detected by monitoring: smtp-in-uk, 12 min</strong>"))
        #expect(section.contains("Affects Inbound mail (SMTP)"))
        // Upcoming maintenance is not in the past.
        #expect(!section.contains("Admin console upgrade"))
    }

    @Test("lists the days the timeline gives, in its order, each with what started in [start, end)")
    func pastDaysFromTimeline() throws {
        var timeline = Fixture.timeline
        // Days in UTC although the site is in London: the list follows the core's calendar, not one of its own.
        let midnight = Fixture.date("2026-10-26T00:00:00Z")
        timeline.recentDays = [
            CalendarDay(date: "2026-10-26", start: midnight, end: midnight.addingTimeInterval(86_400)),
            CalendarDay(date: "2026-10-25", start: midnight.addingTimeInterval(-86_400), end: midnight),
        ]
        func outage(_ monitor: String, _ start: Date) -> DetectedOutage {
            DetectedOutage(
                monitor: monitor, componentIDs: [], start: start, end: start.addingTimeInterval(300), checks: 5)
        }
        timeline.detectedOutages = [
            outage("at-end", midnight),
            outage("at-start", midnight.addingTimeInterval(-86_400)),
            // 00:30 BST on 25 Oct in London, but before the first day of the list.
            outage("before", midnight.addingTimeInterval(-86_400 - 1800)),
        ]
        timeline.incidents = [Fixture.maintenance, Fixture.active]
        let site = try RenderedSite(timeline)
        let section = site.excerpt("index.html", after: "", from: "<section class=\"past-incidents\"", to: "</main>")
        #expect(section.components(separatedBy: "<section class=\"day\">").count - 1 == 2)
        let newer = site.excerpt("index.html", after: "<time datetime=\"2026-10-26\">", from: "</h3>", to: "</section>")
        let older = site.excerpt("index.html", after: "<time datetime=\"2026-10-25\">", from: "</h3>", to: "</section>")
        #expect(section.contains("<h3><time datetime=\"2026-10-26\">26 Oct 2026</time></h3>"))
        #expect(section.contains("<h3><time datetime=\"2026-10-25\">25 Oct 2026</time></h3>"))
        #expect(newer.contains("monitoring: at-end,"))
        #expect(!newer.contains("at-start"))
        #expect(older.contains("monitoring: at-start,"))
        #expect(!older.contains("at-end"))
        #expect(!section.contains("before"))
        // Today (27 Oct) is not one of the given days, so its incident is not listed.
        #expect(!section.contains("Mail flow stopped"))
        let first = try #require(section.range(of: "2026-10-26"))
        let second = try #require(section.range(of: "2026-10-25"))
        #expect(first.lowerBound < second.lowerBound)
    }

    @Test("says Maintenance where an incident says its impact, in the list of past incidents")
    func pastMaintenance() throws {
        var timeline = Fixture.timeline
        timeline.incidents[0].phase = .completed
        timeline.incidents[0].status = .completed
        timeline.incidents[0].incident.impact = .none
        timeline.incidents[0].startedAt = Fixture.date("2026-10-26T22:00:00Z")
        let site = try RenderedSite(timeline)
        let day = site.excerpt("index.html", after: "<time datetime=\"2026-10-26\">", from: "</h3>", to: "</section>")
        #expect(day.contains("Admin console upgrade"))
        #expect(
            day.contains(
                "<p class=\"meta\"><span class=\"phase\">Completed</span> · <span class=\"impact\">Maintenance</span></p>"
            ))
        #expect(!site.text("index.html").contains("No impact"))
        let resolved = site.excerpt(
            "index.html", after: "<time datetime=\"2026-10-24\">", from: "</h3>", to: "</section>")
        #expect(
            resolved.contains(
                "<p class=\"meta\"><span class=\"phase\">Resolved</span> · <span class=\"impact\">Minor impact</span></p>"
            ))
    }

    @Test("puts what happens after midnight in summer time on the next day, on the day the clocks go back")
    func dayBoundaryAcrossDSTChange() throws {
        var timeline = Fixture.timeline
        // 23:30 UTC on 24 Oct is 00:30 BST on 25 Oct; 23:30 UTC on 25 Oct is 23:30 GMT, still 25 Oct.
        timeline.detectedOutages = [
            DetectedOutage(
                monitor: "late", componentIDs: [], start: Fixture.date("2026-10-25T23:30:00Z"),
                end: Fixture.date("2026-10-25T23:35:00Z"), checks: 5),
            DetectedOutage(
                monitor: "early", componentIDs: [], start: Fixture.date("2026-10-24T23:30:00Z"),
                end: Fixture.date("2026-10-24T23:45:00Z"), checks: 15),
        ]
        let site = try RenderedSite(timeline)
        let day = site.excerpt("index.html", after: "<time datetime=\"2026-10-25\">", from: "</h3>", to: "</section>")
        #expect(day.contains("Outage detected by monitoring: late, 5 min"))
        #expect(day.contains("Outage detected by monitoring: early, 15 min"))
        #expect(
            day.contains(
                "<time datetime=\"2026-10-24T23:30:00Z\">25 Oct 2026, 00:30 BST</time> to <time datetime=\"2026-10-24T23:45:00Z\">00:45 BST</time>"
            ))
        let dayBefore = site.excerpt(
            "index.html", after: "<time datetime=\"2026-10-24\">", from: "</h3>", to: "</section>")
        #expect(!dayBefore.contains("early"))
    }

    @Test("links pages relatively, and only its canonical and feeds' links are absolute")
    func links() throws {
        let check = XMLCheck()
        #expect(check.parse(Data(index.utf8)), "\(check.error ?? "")")
        let links = check.elements.compactMap { element in element.attributes["href"] ?? element.attributes["src"] }
        let absolute = links.filter { $0.contains("://") }
        #expect(
            absolute == [
                "https://status.example.com/", "https://status.example.com/feed.rss",
                "https://status.example.com/feed.atom",
            ])
        #expect(links.contains("style.css"))
        #expect(links.contains("feed.rss"))
        #expect(links.contains("feed.atom"))
        #expect(links.contains("history/index.html"))
        #expect(!check.elements.contains { $0.name == "script" || $0.name == "iframe" || $0.name == "img" })
        #expect(index.contains("<link rel=\"canonical\" href=\"https://status.example.com/\" />"))
        #expect(
            index.contains(
                "<link rel=\"alternate\" type=\"application/rss+xml\" title=\"Example Mail Cloud Status (RSS)\" href=\"https://status.example.com/feed.rss\" />"
            ))
    }
}
