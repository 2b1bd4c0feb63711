import Foundation
import StatusgenModel
import Testing

@testable import StatusgenRendering

@Suite("The monthly history, the SLA report and component pages")
struct HistoryAndComponentPageTests {
    /// The fixture with a September and an October record for the inbound mail component: September
    /// 22.5 minutes down (over its 21.6 allowed), October so far without downtime.
    static var timeline: Timeline {
        var timeline = Fixture.timeline
        let september = SLAReportTests.month(down: 1350)
        var october = september
        october.month = "2026-10"
        october.days = Array(september.days.prefix(27))
        october.daysWithData = 27
        october.coveredSeconds = 27 * 86_400
        october.downSeconds = 0
        timeline.components[0].months = [september, october]
        timeline.components[0].uptime30Days = 0.99951
        timeline.components[0].uptime90Days = 0.99987
        timeline.components[0].monitors = [
            MonitorState(
                name: "smtp-in-uk",
                latest: MonitorCheck(
                    time: Fixture.date("2026-10-27T11:59:00Z"), monitor: "smtp-in-uk", status: .down, latencyMs: nil),
                isStale: false)
        ]
        return timeline
    }

    let site: RenderedSite

    init() throws {
        site = try RenderedSite(Self.timeline)
    }

    @Test("lists every month, newest first, the current one marked, each with a one-line summary")
    func historyIndex() {
        let page = site.text("history/index.html")
        #expect(
            page.contains(
                """
                <li><a href="../history/2026-10.html">October 2026</a> <span class="in-progress">(in progress)</span>\
                <br /><span class="meta">2 incidents, 1 outage detected by monitoring. SLA target met so far.</span></li>
                <li><a href="../history/2026-09.html">September 2026</a><br /><span class="meta">No incidents.\
                 SLA missed: Inbound mail (SMTP).</span></li>
                """))
        #expect(site.paths.contains("history/2026-09.html"))
        #expect(site.paths.contains("history/2026-09.csv"))
    }

    @Test("a month's page has its SLA table, with met, missed and no target in words")
    func monthTable() {
        let september = site.text("history/2026-09.html")
        #expect(
            september.contains(
                """
                <th scope="row"><a href="../components/mail-inbound.html">Inbound mail (SMTP)</a></th>
                <td class="result result-missed">Missed</td>
                <td>99.95%</td>
                <td>99.94%</td>
                <td>22.5 min</td>
                <td>21.6 min</td>
                <td>30 of 30</td>
                """))
        #expect(
            september.contains(
                """
                <th scope="row"><a href="../components/admin-console.html">Admin console</a></th>
                <td class="result result-no-target">No target</td>
                <td>No target</td>
                <td>Not monitored</td>
                <td>–</td>
                <td>–</td>
                <td>0 of 30</td>
                """))
        #expect(september.contains("<a href=\"../history/2026-10.html\" rel=\"next\">October 2026 →</a>"))
        #expect(!september.contains("in progress"))
        #expect(september.contains("<p class=\"quiet\">No incidents reported.</p>"))
        #expect(september.contains("<strong>Maintenance</strong> is left out"))
    }

    @Test("the month in progress says so, and lists its incidents, uncovered outages and planned maintenance")
    func monthInProgress() {
        let october = site.text("history/2026-10.html")
        #expect(october.contains("<p class=\"in-progress\">This month is in progress"))
        #expect(october.contains("<td class=\"result result-met\">Met so far</td>"))
        #expect(
            october.contains(
                "<a href=\"../incidents/2026-10-27-mail-flow.html\">Mail flow stopped for UK customers</a>"))
        #expect(october.contains("Outage detected by monitoring: smtp-in-uk, 12 min"))
        // The upcoming maintenance has not happened yet: it is listed as planned, not said to be none.
        #expect(!october.contains("No maintenance."))
        #expect(
            october.contains(
                "<a href=\"../incidents/2026-10-29-console-upgrade.html\">Admin console upgrade</a></h3>\n"
                    + "<p class=\"meta\"><span class=\"phase\">Scheduled</span>"))
    }

    @Test("states that maintenance counts when the site says so")
    func maintenanceCounted() throws {
        var timeline = Self.timeline
        timeline.config.sla = SLASettings(excludeMaintenance: false)
        let page = try RenderedSite(timeline).text("history/2026-09.html")
        #expect(page.contains("<strong>Maintenance</strong> counts like any other time"))
        #expect(try RenderedSite(timeline).text("history/2026-09.csv").contains(",30,30,false,no_schedule,,,,\r\n"))
    }

    @Test("the CSV has a header row and one row per component, quoted where needed")
    func csv() throws {
        #expect(
            site.text("history/2026-09.csv") == """
                month,month_in_progress,component_id,component_name,sla_target_percent,uptime_percent,downtime_minutes,\
                allowed_downtime_minutes,result,measured_minutes,days,days_with_data,maintenance_excluded,credit_result,\
                credit_uptime_percent,credit_tier_below_percent,credit_percent,credit_maintenance_excluded\r
                2026-09,false,mail-inbound,Inbound mail (SMTP),99.95,99.9479,22.50,21.60,missed,43200.00,30,30,true,\
                no_schedule,,,,\r
                2026-09,false,mail-outbound,Outbound mail,,,0.00,,no_target,0.00,30,0,true,no_schedule,,,,\r
                2026-09,false,admin-console,Admin console,,,0.00,,no_target,0.00,30,0,true,no_schedule,,,,\r

                """)
        var timeline = Self.timeline
        timeline.components[1].component.name = "Outbound, \"relay\""
        #expect(try RenderedSite(timeline).text("history/2026-09.csv").contains(",\"Outbound, \"\"relay\"\"\","))
        // With a credit schedule: the tier reached and its credit; without data, no credit claimed.
        let schedule = CreditSchedule(
            tiers: [.init(below: 99.95, credit: 10), .init(below: 99, credit: 25)], excludeMaintenance: true)
        timeline.components[0].component.credits = schedule
        timeline.components[1].component.credits = schedule
        let credited = try RenderedSite(timeline).text("history/2026-09.csv")
        #expect(credited.contains(",43200.00,30,30,true,credit,99.9479,99.95,10,true\r\n"))
        #expect(credited.contains(",0.00,30,0,true,no_data,,,,true\r\n"))
    }

    @Test("api/sla.json has every month of every component, in order, with nulls where there is nothing")
    func json() throws {
        let data = Data(site.text("api/sla.json").utf8)
        let document = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(document["generated_at"] as? String == "2026-10-27T12:00:00Z")
        #expect(document["timezone"] as? String == "Europe/London")
        let rules = try #require(document["rules"] as? [String: Any])
        #expect(rules["maintenance_excluded"] as? Bool == true)
        let components = try #require(document["components"] as? [[String: Any]])
        #expect(components.map { $0["id"] as? String } == ["mail-inbound", "mail-outbound", "admin-console"])
        #expect(components[0]["sla_target"] as? Double == 99.95)
        #expect(components[1]["sla_target"] is NSNull)
        let months = try #require(components[0]["months"] as? [[String: Any]])
        #expect(months.map { $0["month"] as? String } == ["2026-09", "2026-10"])
        #expect(months[0]["result"] as? String == "missed")
        #expect(months[0]["downtime_seconds"] as? Double == 1350)
        #expect(months[0]["allowed_downtime_seconds"] as? Double == 1296)
        #expect(months[0]["uptime"] as? Double == 0.999479)
        #expect(months[1]["in_progress"] as? Bool == true)
        let quiet = try #require((components[2]["months"] as? [[String: Any]])?.first)
        #expect(quiet["uptime"] is NSNull)
        #expect(quiet["result"] as? String == "no_target")
    }

    @Test("a component's page shows status, group, 30/90-day uptime, monitors, incidents, SLA and feeds")
    func componentPage() {
        let page = site.text("components/mail-inbound.html")
        #expect(page.contains("<title>Inbound mail (SMTP) · Example Mail Cloud Status</title>"))
        #expect(page.contains("<h1>Inbound mail (SMTP)</h1>"))
        #expect(page.contains("<p class=\"status status-major-outage component-status\"><svg class=\"icon\""))
        #expect(page.contains("</svg> Major outage</p>"))
        #expect(page.contains("<dt>Group</dt>\n<dd>Email</dd>"))
        #expect(
            page.contains(
                "<dt>Uptime, last 30 days</dt>\n<dd>99.95%</dd>\n<dt>Uptime, last 90 days</dt>\n<dd>99.98%</dd>"))
        #expect(
            page.contains(
                "<li class=\"bar bar-major-outage\"><label class=\"bar-day\"><input class=\"bar-input\" type=\"radio\" name=\"day-mail-inbound\" /><span class=\"bar-label\">27 Oct 2026: Major outage."
            ))
        #expect(
            page.contains(
                "<th scope=\"row\">smtp-in-uk</th>\n<td><time datetime=\"2026-10-27T11:59:00Z\">27 Oct 2026, 11:59 GMT</time></td>\n<td>Down</td>"
            ))
        #expect(
            page.contains("<a href=\"../incidents/2026-10-27-mail-flow.html\">Mail flow stopped for UK customers</a>"))
        #expect(!page.contains("Outbound &lt;script&gt;"))
        let october = page.range(of: "October 2026</a>")?.lowerBound
        let september = page.range(of: "September 2026</a>")?.lowerBound
        #expect(october != nil && september != nil && october! < september!)
        #expect(
            page.contains(
                "<a href=\"../components/mail-inbound.rss\">RSS</a> · <a href=\"../components/mail-inbound.atom\">Atom</a>"
            ))
        #expect(
            page.contains(
                "<link rel=\"alternate\" type=\"application/atom+xml\" title=\"Inbound mail (SMTP) · Example Mail Cloud Status (Atom)\" href=\"https://status.example.com/components/mail-inbound.atom\" />"
            ))
    }

    @Test("a stale monitor is marked, and a component without monitors has no monitor table")
    func staleAndUnmonitored() {
        let outbound = site.text("components/mail-outbound.html")
        #expect(
            outbound.contains(
                "27 Oct 2026, 09:00 GMT</time> <span class=\"stale\">(stale: not counted for the current status)</span></td>\n<td>Up</td>"
            ))
        let console = site.text("components/admin-console.html")
        #expect(!console.contains("<h2 id=\"monitors\">"))
        #expect(console.contains("<dd>Not monitored</dd>"))
        // The console is named by the active incident and by the upcoming maintenance.
        #expect(console.contains("Admin console upgrade"))
    }

    @Test("the status page links each component to its page, and the past incidents to the history")
    func indexLinks() {
        let index = site.text("index.html")
        #expect(
            index.contains("<a class=\"component-name\" href=\"components/mail-inbound.html\">Inbound mail (SMTP)</a>"))
        #expect(index.contains("<a href=\"history/index.html\">Incident history and monthly SLA reports</a>"))
    }
}
