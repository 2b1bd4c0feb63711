import Foundation
import StatusgenModel
import Testing

@Suite("The RSS feed, feed.rss")
struct FeedTests {
    /// The feed of `timeline`, parsed.
    private func items(_ timeline: Timeline = Fixture.timeline) throws -> (check: XMLCheck, items: [[String: String]]) {
        let feed = try RenderedSite(timeline).text("feed.rss")
        let check = XMLCheck()
        try #require(check.parse(Data(feed.utf8)), "\(check.error ?? "")")
        return (check, check.items)
    }

    @Test("has one item per update, newest first, with the status word and title")
    func items() throws {
        let items = try items().items
        #expect(items.count == 6)
        #expect(
            items.map { $0["title"] ?? "" } == [
                "Identified: Mail flow stopped for UK customers",
                "Update: Mail flow stopped for UK customers",
                "Investigating: Mail flow stopped for UK customers",
                "Resolved: Outbound <script>alert(1)</script> & delays",
                "Investigating: Outbound <script>alert(1)</script> & delays",
                "Scheduled: Admin console upgrade",
            ])
        #expect(items[0]["pubDate"] == "Tue, 27 Oct 2026 11:30:00 +0000")
        #expect(items[3]["pubDate"] == "Sat, 24 Oct 2026 11:28:00 +0000")
    }

    @Test("links each item to its update and uses that link as a permanent guid")
    func links() throws {
        let (check, items) = try items()
        let url = "https://status.example.com/incidents/2026-10-27-mail-flow.html#update-20261027T113000Z"
        #expect(items[0]["link"] == url)
        #expect(items[0]["guid"] == url)
        let guids = check.elements.filter { $0.name == "guid" }
        #expect(guids.count == 6)
        #expect(guids.allSatisfy { $0.attributes["isPermaLink"] == "true" })
    }

    @Test("keeps the guids of earlier updates when a new update is added")
    func stableGuids() throws {
        let before = try items().items.compactMap { $0["guid"] }
        var timeline = Fixture.timeline
        let note = IncidentUpdate(
            time: Fixture.date("2026-10-27T11:45:00Z"), status: .update, bodyHTML: "<p>Still working.</p>\n", line: 30)
        timeline.incidents[1].updates.insert(TimelineUpdate(update: note, effectiveStatus: .identified), at: 0)
        let after = try items(timeline).items.compactMap { $0["guid"] }
        #expect(after.count == 7)
        #expect(Array(after.dropFirst()) == before)
        #expect(after[0].hasSuffix("#update-20261027T114500Z"))
    }

    @Test("carries each update's HTML escaped as XML text")
    func description() throws {
        let feed = try RenderedSite().text("feed.rss")
        #expect(
            feed.contains(
                "<description>&lt;p&gt;All queued mail is &lt;em&gt;delivered&lt;/em&gt;.&lt;/p&gt;\n&lt;p&gt;Affected"
                    + " components: Outbound mail&lt;/p&gt;\n</description>"))
        #expect(feed.contains("<title>Resolved: Outbound &lt;script&gt;alert(1)&lt;/script&gt; &amp; delays</title>"))
        let items = try items().items
        #expect(
            items[3]["description"]
                == "<p>All queued mail is <em>delivered</em>.</p>\n<p>Affected components: Outbound mail</p>\n")
    }

    @Test("a maintenance's items say its planned window and every item what it affects, as its page does")
    func facts() throws {
        let descriptions = Dictionary(
            try items().items.map { ($0["guid"] ?? "", $0["description"] ?? "") }, uniquingKeysWith: { a, _ in a })
        let maintenance = try #require(descriptions.first { $0.key.contains("2026-10-29-console-upgrade") }?.value)
        #expect(
            maintenance.hasSuffix(
                "<p>Planned window: 29 Oct 2026, 22:00 GMT to 23:30 GMT</p>\n<p>Affected components: Admin console</p>\n"
            ))
        let page = try RenderedSite().text("incidents/2026-10-29-console-upgrade.html")
        #expect(page.contains("29 Oct 2026, 22:00 GMT</time> to <time datetime=\"2026-10-29T23:30:00Z\">23:30 GMT"))
    }

    @Test("A description with markup is text that a feed reader, taking it as HTML, shows rather than runs")
    func descriptionMarkup() throws {
        var timeline = Fixture.timeline
        timeline.config.description = "Acme <script>alert(1)</script> & co"
        timeline.config.components[0].name = "SMTP <b>in</b>"
        timeline.components[0].component.name = "SMTP <b>in</b>"
        let site = try RenderedSite(timeline)
        #expect(
            site.text("feed.rss").contains(
                "<description>Acme &amp;lt;script&amp;gt;alert(1)&amp;lt;/script&amp;gt; &amp;amp; co</description>"))
        #expect(site.text("components/mail-inbound.rss").contains("SMTP &amp;lt;b&amp;gt;in&amp;lt;/b&amp;gt;"))
    }

    @Test("describes the channel, links to itself and is dated by its newest update, in UTC")
    func channel() throws {
        let feed = try RenderedSite().text("feed.rss")
        #expect(
            feed.hasPrefix(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\" xmlns:atom=\"http://www.w3.org/2005/Atom\">"
            ))
        #expect(
            feed.contains(
                "<atom:link href=\"https://status.example.com/feed.rss\" rel=\"self\" type=\"application/rss+xml\" />"))
        #expect(feed.contains("<title>Example Mail Cloud Status</title>\n<link>https://status.example.com/</link>"))
        #expect(feed.contains("<description>Live and past status of Example Mail Cloud.</description>"))
        #expect(feed.contains("<language>en</language>"))
        // The newest update (11:30), not the build's moment (12:00): the feed changes only with its content.
        #expect(feed.contains("<lastBuildDate>Tue, 27 Oct 2026 11:30:00 +0000</lastBuildDate>"))
    }

    @Test("a feed without updates is dated by the build's moment, in RSS and in Atom")
    func emptyFeedDate() throws {
        var timeline = Fixture.timeline
        timeline.incidents = []
        let site = try RenderedSite(timeline)
        #expect(try site.text("feed.rss").contains("<lastBuildDate>Tue, 27 Oct 2026 12:00:00 +0000</lastBuildDate>"))
        #expect(try site.text("feed.atom").contains("<updated>2026-10-27T12:00:00Z</updated>"))
    }

    @Test("stops at the 50 newest updates")
    func cap() throws {
        var timeline = Fixture.timeline
        let start = Fixture.date("2026-09-01T00:00:00Z")
        let updates = (0..<60).map { hour in
            let update = IncidentUpdate(
                time: start.addingTimeInterval(Double(hour) * 3600), status: .update, bodyHTML: "<p>\(hour)</p>\n",
                line: hour + 1)
            return TimelineUpdate(update: update, effectiveStatus: .investigating)
        }
        timeline.incidents[2].updates = updates.reversed()
        let items = try items(timeline).items
        #expect(items.count == 50)
        // The 4 other updates of the fixture are newer than the 60 added, which lose their 14 oldest.
        #expect(items[4]["description"] == "<p>59</p>\n<p>Affected components: Outbound mail</p>\n")
        #expect(items[49]["description"] == "<p>14</p>\n<p>Affected components: Outbound mail</p>\n")
    }
}
