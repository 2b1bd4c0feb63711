import Foundation
import StatusgenModel
import Testing

@testable import StatusgenRendering

@Suite("Atom feeds and per-component feeds")
struct AtomFeedTests {
    @Test("a small Atom feed is exactly as expected: ids, dates, links, escaped HTML, author")
    func exactOutput() throws {
        var timeline = Fixture.timeline
        timeline.config.baseURL = "https://example.com:8443/status/"
        timeline.incidents = [Fixture.resolved]
        let feed = try RenderedSite(timeline).text("feed.atom")
        #expect(
            feed == """
                <?xml version="1.0" encoding="UTF-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
                <id>https://example.com:8443/status/feed.atom</id>
                <title>Example Mail Cloud Status</title>
                <subtitle>Live and past status of Example Mail Cloud.</subtitle>
                <updated>2026-10-24T11:28:00Z</updated>
                <link rel="self" type="application/atom+xml" href="https://example.com:8443/status/feed.atom" />
                <link rel="alternate" type="text/html" href="https://example.com:8443/status/" />
                <author><name>Example Mail Cloud Status</name></author>
                <entry>
                <id>tag:example.com,2026-10-24:status/incidents/2026-10-24-outbound-delays/update-20261024T112800Z</id>
                <title>Resolved: Outbound &lt;script&gt;alert(1)&lt;/script&gt; &amp; delays</title>
                <updated>2026-10-24T11:28:00Z</updated>
                <published>2026-10-24T11:28:00Z</published>
                <link rel="alternate" type="text/html" href="https://example.com:8443/status/incidents/2026-10-24-outbound-delays.html#update-20261024T112800Z" />
                <author><name>Example Mail Cloud Status</name></author>
                <content type="html">&lt;p&gt;All queued mail is &lt;em&gt;delivered&lt;/em&gt;.&lt;/p&gt;
                &lt;p&gt;Affected components: Outbound mail&lt;/p&gt;
                </content>
                </entry>
                <entry>
                <id>tag:example.com,2026-10-24:status/incidents/2026-10-24-outbound-delays/update-20261024T091500Z</id>
                <title>Investigating: Outbound &lt;script&gt;alert(1)&lt;/script&gt; &amp; delays</title>
                <updated>2026-10-24T09:15:00Z</updated>
                <published>2026-10-24T09:15:00Z</published>
                <link rel="alternate" type="text/html" href="https://example.com:8443/status/incidents/2026-10-24-outbound-delays.html#update-20261024T091500Z" />
                <author><name>Example Mail Cloud Status</name></author>
                <content type="html">&lt;p&gt;Outbound mail is delayed.&lt;/p&gt;
                &lt;p&gt;Affected components: Outbound mail&lt;/p&gt;
                </content>
                </entry>
                </feed>

                """)
    }

    @Test("each component has an RSS and an Atom feed of the updates of incidents that name it")
    func componentFeeds() throws {
        let site = try RenderedSite()
        for path in ["components/admin-console.rss", "components/admin-console.atom"] {
            let check = XMLCheck()
            #expect(check.parse(Data(site.text(path).utf8)), "\(path): \(check.error ?? "")")
        }
        let rss = XMLCheck()
        rss.parse(Data(site.text("components/admin-console.rss").utf8))
        // The active incident (3 updates) and the maintenance (1) name the admin console; the resolved one does not.
        #expect(
            rss.items.map { $0["title"] ?? "" } == [
                "Identified: Mail flow stopped for UK customers", "Update: Mail flow stopped for UK customers",
                "Investigating: Mail flow stopped for UK customers", "Scheduled: Admin console upgrade",
            ])
        #expect(
            site.text("components/admin-console.rss").contains(
                "<title>Admin console · Example Mail Cloud Status</title>"))
        #expect(
            site.text("components/admin-console.rss").contains(
                "<link>https://status.example.com/components/admin-console.html</link>"))
        #expect(site.text("components/mail-outbound.atom").components(separatedBy: "<entry>").count - 1 == 2)
        #expect(!site.text("components/mail-outbound.atom").contains("Mail flow stopped"))
    }

    @Test("a component's feeds carry the same entry ids as the site's")
    func sameIDs() throws {
        let site = try RenderedSite()
        func ids(_ path: String) -> [String] {
            site.text(path).components(separatedBy: "\n").filter { $0.hasPrefix("<id>tag:") }
        }
        let component = ids("components/mail-inbound.atom")
        #expect(component.count == 3)
        #expect(component.allSatisfy(ids("feed.atom").contains))
        #expect(ids("feed.atom").count == 6)
    }

    @Test("every feed is capped at the same number of entries, the newest")
    func cap() throws {
        var timeline = Fixture.timeline
        var busy = Fixture.active
        busy.updates = (0..<60).map { minute in
            TimelineUpdate(
                update: IncidentUpdate(
                    time: Fixture.now.addingTimeInterval(Double(minute - 60) * 60), status: .update,
                    bodyHTML: "<p>\(minute)</p>\n", line: minute + 5),
                effectiveStatus: .investigating)
        }.reversed()
        timeline.incidents = [busy]
        let site = try RenderedSite(timeline)
        for path in ["feed.rss", "components/mail-inbound.rss"] {
            #expect(site.text(path).components(separatedBy: "<item>").count - 1 == FeedUpdates.limit, "\(path)")
        }
        for path in ["feed.atom", "components/mail-inbound.atom"] {
            let text = site.text(path)
            #expect(text.components(separatedBy: "<entry>").count - 1 == FeedUpdates.limit, "\(path)")
            #expect(text.contains("&lt;p&gt;59&lt;/p&gt;"))
            #expect(!text.contains("&lt;p&gt;9&lt;/p&gt;"))
        }
    }
}
