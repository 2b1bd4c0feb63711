import Foundation
import StatusgenModel
import Testing

@Suite("The page of one incident or maintenance, incidents/ID.html")
struct IncidentPageTests {
    let site: RenderedSite

    init() throws {
        site = try RenderedSite()
    }

    @Test("exists for every incident and maintenance")
    func pages() {
        for incident in Fixture.timeline.incidents {
            #expect(site.paths.contains("incidents/\(incident.id).html"))
        }
    }

    @Test("shows title, status, impact, times, duration, components, summary and postmortem")
    func resolvedIncident() {
        let page = site.text("incidents/2026-10-24-outbound-delays.html")
        #expect(page.contains("<h1>Outbound &lt;script&gt;alert(1)&lt;/script&gt; &amp; delays</h1>"))
        #expect(
            page.contains(
                "<title>Outbound &lt;script&gt;alert(1)&lt;/script&gt; &amp; delays · Example Mail Cloud Status</title>"
            ))
        #expect(!page.contains("<script"))
        #expect(
            page.contains(
                "<p class=\"meta\"><span class=\"phase\">Resolved</span> · <span class=\"impact\">Minor impact</span></p>"
            ))
        #expect(page.contains("<dd><time datetime=\"2026-10-24T09:15:00Z\">24 Oct 2026, 10:15 BST</time></dd>"))
        #expect(page.contains("<dd><time datetime=\"2026-10-24T11:28:00Z\">24 Oct 2026, 12:28 BST</time></dd>"))
        #expect(page.contains("<dt>Duration</dt>\n<dd>2 h 13 min</dd>"))
        #expect(page.contains("<li>Outbound mail had degraded performance</li>"))
        #expect(page.contains("<div class=\"summary\"><p>Outbound mail to some providers was delayed.</p>\n</div>"))
        #expect(
            page.contains(
                "<h2 id=\"postmortem\">Postmortem</h2>\n<div class=\"postmortem-body\"><p>A certificate expired on one relay.</p>"
            ))
        #expect(page.contains("<strong>Outage detected by monitoring: smtp-out, 30 min</strong>"))
    }

    @Test("lists every update newest first, each with its stable anchor")
    func updates() throws {
        let page = site.text("incidents/2026-10-27-mail-flow.html")
        let anchors = ["update-20261027T113000Z", "update-20261027T111000Z", "update-20261027T105200Z"]
        let positions = try anchors.map { anchor in
            try #require(page.range(of: "<li class=\"update\" id=\"\(anchor)\">")).lowerBound
        }
        #expect(positions == positions.sorted())
        #expect(page.contains("<dd>Not yet resolved</dd>"))
        #expect(!page.contains("<dt>Duration</dt>"))
        #expect(!page.contains("Postmortem"))
    }

    @Test("shows a maintenance's planned window instead of start and end")
    func maintenance() {
        let page = site.text("incidents/2026-10-29-console-upgrade.html")
        #expect(
            page.contains(
                "<dt>Planned window</dt>\n<dd><time datetime=\"2026-10-29T22:00:00Z\">29 Oct 2026, 22:00 GMT</time> to <time datetime=\"2026-10-29T23:30:00Z\">23:30 GMT</time></dd>"
            ))
        #expect(!page.contains("<dt>Started</dt>"))
    }

    @Test(
        "says Maintenance where an incident says its impact, whatever impact the maintenance has",
        arguments: [Impact.none, .minor, .critical]
    )
    func maintenanceImpact(impact: Impact) throws {
        var timeline = Fixture.timeline
        timeline.incidents[0].incident.impact = impact
        let page = try RenderedSite(timeline).text("incidents/2026-10-29-console-upgrade.html")
        #expect(
            page.contains(
                "<p class=\"meta\"><span class=\"phase\">Scheduled</span> · <span class=\"impact\">Maintenance</span></p>"
            ))
        #expect(!page.contains("impact</span>"))
        #expect(!page.contains("No impact"))
    }

    @Test("lists the components of an upcoming maintenance as a plan, not as their current status")
    func upcomingMaintenanceComponents() throws {
        var timeline = Fixture.timeline
        timeline.incidents[0].incident.components.append(AffectedComponent(id: "mail-outbound", status: .partialOutage))
        let page = try RenderedSite(timeline).text("incidents/2026-10-29-console-upgrade.html")
        #expect(page.contains("<li>Admin console will be under maintenance</li>"))
        #expect(page.contains("<li>Outbound mail will have a partial outage</li>"))
        #expect(!page.contains("Under maintenance"))
        #expect(!page.contains("status-maintenance"))
    }

    @Test("lists the components of a maintenance under way with their status and its icon")
    func maintenanceComponents() throws {
        var timeline = Fixture.timeline
        timeline.incidents[0].phase = .inProgress
        timeline.incidents[0].status = .inProgress
        let page = try RenderedSite(timeline).text("incidents/2026-10-29-console-upgrade.html")
        #expect(page.contains("<li>Admin console: <span class=\"status status-maintenance\"><svg class=\"icon\""))
        #expect(page.contains("</svg> Under maintenance</span></li>"))
        #expect(!page.contains("will be under maintenance"))
        #expect(!page.contains("was under maintenance"))
    }

    @Test("lists the components of a completed maintenance as something over, not as their current status")
    func completedMaintenanceComponents() throws {
        var timeline = Fixture.timeline
        timeline.incidents[0].phase = .completed
        timeline.incidents[0].status = .completed
        timeline.incidents[0].incident.components.append(AffectedComponent(id: "mail-outbound", status: .partialOutage))
        let page = try RenderedSite(timeline).text("incidents/2026-10-29-console-upgrade.html")
        #expect(page.contains("<li>Admin console was under maintenance</li>"))
        #expect(page.contains("<li>Outbound mail had a partial outage</li>"))
        #expect(!page.contains("status-maintenance"))
    }

    @Test("lists the components of a resolved incident as something over, of an open one with their status")
    func incidentComponents() {
        let resolved = site.text("incidents/2026-10-24-outbound-delays.html")
        #expect(resolved.contains("<li>Outbound mail had degraded performance</li>"))
        #expect(!resolved.contains("class=\"status status-"))
        let open = site.text("incidents/2026-10-27-mail-flow.html")
        #expect(open.contains("<li>Admin console: <span class=\"status status-partial-outage\">"))
        #expect(!open.contains(" had a "))
    }

    @Test("links back to the status page and its style sheet relatively, canonical absolutely")
    func links() {
        let page = site.text("incidents/2026-10-27-mail-flow.html")
        #expect(page.contains("<a href=\"../index.html\">← Current status</a>"))
        #expect(page.contains("<link rel=\"stylesheet\" href=\"../style.css\" />"))
        #expect(page.contains("<a href=\"../feed.rss\">"))
        #expect(
            page.contains(
                "<link rel=\"canonical\" href=\"https://status.example.com/incidents/2026-10-27-mail-flow.html\" />"))
    }
}
