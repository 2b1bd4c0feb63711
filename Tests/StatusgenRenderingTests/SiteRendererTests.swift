import Foundation
import StatusgenModel
import StatusgenRendering
import Testing

@Suite("Rendering a whole site")
struct SiteRendererTests {
    @Test("produces every page, feed, report, the API, calendar, badges and style sheet, sorted by path")
    func outputs() throws {
        #expect(
            try RenderedSite().paths == [
                "404.html",
                "api/badge.json",
                "api/badges/admin-console.json",
                "api/badges/mail-inbound.json",
                "api/badges/mail-outbound.json",
                "api/embed.json",
                "api/sla.json",
                "api/uptime.json",
                "api/v2/components.json",
                "api/v2/incidents.json",
                "api/v2/incidents/unresolved.json",
                "api/v2/scheduled-maintenances.json",
                "api/v2/scheduled-maintenances/active.json",
                "api/v2/scheduled-maintenances/upcoming.json",
                "api/v2/status.json",
                "api/v2/summary.json",
                "badge.svg",
                "badges/admin-console.svg",
                "badges/mail-inbound.svg",
                "badges/mail-outbound.svg",
                "components/admin-console.atom",
                "components/admin-console.html",
                "components/admin-console.rss",
                "components/mail-inbound.atom",
                "components/mail-inbound.html",
                "components/mail-inbound.rss",
                "components/mail-outbound.atom",
                "components/mail-outbound.html",
                "components/mail-outbound.rss",
                "embed.html",
                "embed.js",
                "feed.atom",
                "feed.rss",
                "history/2026-10.csv",
                "history/2026-10.html",
                "history/index.html",
                "incidents/2026-10-24-outbound-delays.html",
                "incidents/2026-10-27-mail-flow.html",
                "incidents/2026-10-29-console-upgrade.html",
                "index.html",
                "maintenance.ics",
                "robots.txt",
                "sitemap.xml",
                "style.css",
                "subscribe.html",
            ])
    }

    @Test("gives identical bytes when rendering the same timeline twice")
    func deterministic() throws {
        let renderer = try SiteRenderer(templates: .builtIn)
        let english = Fixture.english
        #expect(
            renderer.render(Fixture.timeline, strings: english) == renderer.render(Fixture.timeline, strings: english))
        #expect(
            try SiteRenderer(templates: .builtIn).render(Fixture.timeline, strings: english)
                == renderer.render(Fixture.timeline, strings: english))
    }

    @Test("writes every page and the feed as well-formed XML, HTML pages with unique ids")
    func wellFormed() throws {
        for file in try RenderedSite().files where file.path.hasSuffix(".html") || file.path.hasSuffix(".rss") {
            let check = XMLCheck()
            #expect(check.parse(file.contents), "\(file.path): \(check.error ?? "")")
            let ids = check.elements.compactMap { $0.attributes["id"] }
            #expect(Set(ids).count == ids.count, "\(file.path) repeats an id")
        }
    }

    @Test("starts every HTML page with the doctype, language, charset, viewport and a title, and no script")
    func htmlHead() throws {
        for file in try RenderedSite().files where file.path.hasSuffix(".html") {
            let page = String(decoding: file.contents, as: UTF8.self)
            #expect(
                page.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\" />\n"),
                "\(file.path)")
            #expect(page.contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />"))
            #expect(page.contains("<title>"))
            #expect(!page.contains("<script"), "\(file.path)")
            #expect(!page.contains("&nbsp;"), "\(file.path)")
        }
    }

    @Test("links the 404 page from the root path of the base URL, as it is served at any depth")
    func notFoundPage() throws {
        var timeline = Fixture.timeline
        #expect(try RenderedSite(timeline).text("404.html").contains("<link rel=\"stylesheet\" href=\"/style.css\" />"))
        timeline.config.baseURL = "https://example.com/status/"
        let page = try RenderedSite(timeline).text("404.html")
        #expect(page.contains("<link rel=\"stylesheet\" href=\"/status/style.css\" />"))
        #expect(page.contains("<a href=\"/status/index.html\">status page</a>"))
        #expect(page.contains("<h1>Page not found</h1>"))
    }

    @Test("removes the control characters XML forbids from every page and the feed, so the feed parses")
    func controlCharacters() throws {
        var timeline = Fixture.timeline
        // As YAML's escapes ("\x01") and a pasted form feed would bring them in.
        timeline.config.title = "Acme\u{1} ctl"
        timeline.incidents[1].incident.title = "Mail\u{1} flow\u{FFFE} stopped"
        timeline.incidents[1].updates[0].update.bodyHTML = "<p>Page\u{C}break and\u{0} nul\u{1F}.</p>\n"
        let site = try RenderedSite(timeline)
        let feed = try #require(site.files.first { $0.path == "feed.rss" })
        let check = XMLCheck()
        #expect(check.parse(feed.contents), "\(check.error ?? "")")
        #expect(check.items.first?["title"] == "Identified: Mail flow stopped")
        #expect(check.items.first?["description"]?.hasPrefix("<p>Pagebreak and nul.</p>\n") == true)
        let forbidden: [Unicode.Scalar] = ["\u{0}", "\u{1}", "\u{C}", "\u{1F}", "\u{FFFE}"]
        for file in site.files where file.path.hasSuffix(".html") || file.path.hasSuffix(".rss") {
            let text = String(decoding: file.contents, as: UTF8.self)
            #expect(!text.unicodeScalars.contains { forbidden.contains($0) }, "\(file.path)")
            #expect(XMLCheck().parse(file.contents), "\(file.path)")
        }
        #expect(site.text("index.html").contains("<a class=\"site-title\" href=\"index.html\">Acme ctl</a>"))
        #expect(site.text("incidents/2026-10-27-mail-flow.html").contains("<h1>Mail flow stopped</h1>"))
    }

    @Test("leaves assets as they are, control characters and all")
    func assetsUntouched() throws {
        let bytes = Data([0x00, 0x01, 0x0C, 0xFF])
        let templates = TemplateSet.builtIn.overlaid(with: [InputFile(path: "templates/favicon.ico", contents: bytes)])
        #expect(try RenderedSite(templates: templates).files.first { $0.path == "favicon.ico" }?.contents == bytes)
    }
}
