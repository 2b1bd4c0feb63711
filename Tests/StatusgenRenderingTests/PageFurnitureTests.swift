import Foundation
import StatusgenModel
import Testing

@testable import StatusgenRendering

@Suite("Page furniture: notice, head links, Open Graph, sitemap, robots.txt, subscribe page")
struct PageFurnitureTests {
    static let htmlPages = [
        "index.html", "404.html", "subscribe.html", "history/index.html", "history/2026-10.html",
        "components/mail-inbound.html", "incidents/2026-10-27-mail-flow.html",
    ]

    /// The fixture with a notice that expires at `expires`.
    static func timeline(noticeExpires expires: Date?) -> Timeline {
        var timeline = Fixture.timeline
        timeline.config.notice = SiteNotice(
            html: "<p>Support moves to <a href=\"https://example.com/help\">a new desk</a>.</p>\n", level: .warning,
            expires: expires)
        return timeline
    }

    @Test("a notice is on every page until it expires, and gone from the build at its expiry")
    func notice() throws {
        let banner = """
            <aside class="notice notice-warning" aria-label="Announcement"><p>Support moves to \
            <a href="https://example.com/help">a new desk</a>.</p>
            </aside>
            """
        let shown = try RenderedSite(Self.timeline(noticeExpires: Fixture.now.addingTimeInterval(1)))
        for path in Self.htmlPages {
            #expect(shown.text(path).contains(banner), "\(path)")
        }
        let expired = try RenderedSite(Self.timeline(noticeExpires: Fixture.now))
        for path in Self.htmlPages {
            #expect(!expired.text(path).contains("class=\"notice"), "\(path)")
        }
        #expect(try RenderedSite(Self.timeline(noticeExpires: nil)).text("index.html").contains(banner))
        #expect(!(try RenderedSite()).text("index.html").contains("class=\"notice"))
    }

    @Test("every page holds the Content-Security-Policy in its head, before anything it governs")
    func contentSecurityPolicy() throws {
        let site = try RenderedSite()
        let meta = "<meta http-equiv=\"Content-Security-Policy\" content=\"\(ContentSecurityPolicy.forPages)\" />"
        let pages = site.paths.filter { $0.hasSuffix(".html") }
        #expect(Set(Self.htmlPages).isSubset(of: pages))
        for path in pages {
            let page = site.text(path)
            #expect(page.contains("<meta charset=\"utf-8\" />\n" + meta + "\n"), "\(path)")
        }
    }

    @Test("every page has its canonical address, both feeds and Open Graph tags in its head")
    func head() throws {
        let site = try RenderedSite()
        for path in Self.htmlPages {
            let page = site.text(path)
            let url = "https://status.example.com/" + (path == "index.html" ? "" : path)
            #expect(page.contains("<link rel=\"canonical\" href=\"\(url)\" />"), "\(path)")
            #expect(page.contains("<meta property=\"og:url\" content=\"\(url)\" />"), "\(path)")
            #expect(
                page.contains(
                    "<link rel=\"alternate\" type=\"application/rss+xml\" title=\"Example Mail Cloud Status (RSS)\" href=\"https://status.example.com/feed.rss\" />"
                ), "\(path)")
            #expect(
                page.contains(
                    "<link rel=\"alternate\" type=\"application/atom+xml\" title=\"Example Mail Cloud Status (Atom)\" href=\"https://status.example.com/feed.atom\" />"
                ), "\(path)")
            #expect(
                page.contains("<meta property=\"og:site_name\" content=\"Example Mail Cloud Status\" />"), "\(path)")
            for tag in ["og:title", "og:description", "og:type"] {
                #expect(page.contains("<meta property=\"\(tag)\" content=\""), "\(path): \(tag)")
            }
            #expect(page.contains("<a href=\"\(site.root(of: path))history/index.html\">History</a>"), "\(path)")
            #expect(page.contains("<a href=\"\(site.root(of: path))subscribe.html\">Subscribe</a>"), "\(path)")
            #expect(page.contains("<a href=\"\(site.root(of: path))maintenance.ics\">"), "\(path)")
            #expect(page.contains("<a href=\"\(site.root(of: path))api/v2/summary.json\">JSON API</a>"), "\(path)")
        }
        let incident = site.text("incidents/2026-10-27-mail-flow.html")
        #expect(incident.contains("<meta property=\"og:title\" content=\"Mail flow stopped for UK customers\" />"))
        #expect(
            incident.contains(
                "<meta property=\"og:description\" content=\"Identified · Critical impact · Affects Inbound mail (SMTP), Admin console\" />"
            ))
        #expect(incident.contains("<meta property=\"og:type\" content=\"article\" />"))
        #expect(site.text("index.html").contains("<meta property=\"og:type\" content=\"website\" />"))
    }

    @Test("the status page and component pages stay the same size however long the history")
    func indexStaysSmall() throws {
        var timeline = Fixture.timeline
        let old = (0..<200).map { number -> TimelineIncident in
            var item = Fixture.resolved
            item.incident.id = "2025-old-\(number)"
            let shift = -Double(200 + number) * 86_400
            item.startedAt = item.startedAt.addingTimeInterval(shift)
            item.endedAt = item.endedAt?.addingTimeInterval(shift)
            item.detectedOutages = []
            return item
        }
        timeline.incidents += old
        let site = try RenderedSite(timeline)
        let recent = try RenderedSite()
        #expect(site.text("index.html") == recent.text("index.html"))
        // The old incidents name the outbound mail component: its page links to the history instead.
        let component = site.text("components/mail-outbound.html")
        #expect(!component.contains("2025-old-"))
        #expect(component.contains("incidents/2026-10-24-outbound-delays.html"))
        #expect(
            component.contains(
                "<a href=\"../history/index.html\">Older incidents and maintenance are in the monthly history</a>"))
        #expect(!recent.text("components/mail-outbound.html").contains("Older incidents"))
        #expect(site.paths.contains("incidents/2025-old-0.html"))
        #expect(site.text("history/index.html").contains("<a href=\"../history/2025-09.html\">September 2025</a>"))
    }

    @Test("last updated is the build's moment in the site's timezone")
    func lastUpdated() throws {
        let page = try RenderedSite().text("index.html")
        #expect(
            page.contains("<p>Last updated <time datetime=\"2026-10-27T12:00:00Z\">27 Oct 2026, 12:00 GMT</time>.</p>"))
        #expect(!page.lowercased().contains("just now"))
    }

    @Test("the sitemap lists every HTML page but the 404 page and the embed, with absolute addresses and dates")
    func sitemap() throws {
        let site = try RenderedSite()
        let sitemap = site.text("sitemap.xml")
        let check = XMLCheck()
        #expect(check.parse(Data(sitemap.utf8)), "\(check.error ?? "")")
        let htmlPaths = site.paths.filter { $0.hasSuffix(".html") && $0 != "404.html" && $0 != "embed.html" }
        let locations = sitemap.components(separatedBy: "<loc>").dropFirst().map { $0.prefix { $0 != "<" } }
        #expect(locations.count == htmlPaths.count)
        for path in htmlPaths {
            let url = "https://status.example.com/" + (path == "index.html" ? "" : path)
            #expect(locations.contains(Substring(url)), "\(path)")
        }
        #expect(!sitemap.contains("404.html"))
        #expect(!sitemap.contains("embed.html"))
        // An incident's page last changed with its latest update; the status page with the build.
        #expect(
            sitemap.contains(
                "<url><loc>https://status.example.com/incidents/2026-10-24-outbound-delays.html</loc><lastmod>2026-10-24T11:28:00Z</lastmod></url>"
            ))
        #expect(
            sitemap.contains("<url><loc>https://status.example.com/</loc><lastmod>2026-10-27T12:00:00Z</lastmod></url>")
        )
    }

    @Test("robots.txt allows everything and names the sitemap")
    func robots() throws {
        #expect(
            try RenderedSite().text("robots.txt")
                == "User-agent: *\nAllow: /\n\nSitemap: https://status.example.com/sitemap.xml\n")
    }

    @Test("a site's own robots.txt is published instead of the generated one")
    func ownRobots() throws {
        let own = "User-agent: *\nDisallow: /drafts/\n"
        let templates = TemplateSet.builtIn.overlaid(with: [
            InputFile(path: "templates/robots.txt", contents: Data(own.utf8))
        ])
        let site = try RenderedSite(templates: templates)
        #expect(site.text("robots.txt") == own)
        #expect(site.paths.filter { $0 == "robots.txt" }.count == 1)
    }

    @Test("the subscribe page lists the site's feeds, calendar, API and each component's feeds")
    func subscribe() throws {
        let page = try RenderedSite().text("subscribe.html")
        for link in ["feed.rss", "feed.atom", "maintenance.ics", "api/v2/summary.json", "api/sla.json"] {
            #expect(page.contains("<a href=\"\(link)\">"), "\(link)")
        }
        #expect(
            page.contains(
                "<tr><th scope=\"row\"><a href=\"components/admin-console.html\">Admin console</a></th><td><a href=\"components/admin-console.rss\">RSS</a> · <a href=\"components/admin-console.atom\">Atom</a></td></tr>"
            ))
    }
}

extension RenderedSite {
    /// The prefix of links from the page at `path` to the site root, as the built-in pages write it.
    func root(of path: String) -> String {
        if path == "404.html" { return "/" }
        return path.contains("/") ? "../" : ""
    }
}
