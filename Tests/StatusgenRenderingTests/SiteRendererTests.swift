import Foundation
import StatusgenModel
import StatusgenRendering
import Testing

@Suite("Rendering a whole site")
struct SiteRendererTests {
    @Test("produces the status page, incident pages, feed, 404 page and style sheet, sorted by path")
    func outputs() throws {
        #expect(
            try RenderedSite().paths == [
                "404.html",
                "feed.rss",
                "incidents/2026-10-24-outbound-delays.html",
                "incidents/2026-10-27-mail-flow.html",
                "incidents/2026-10-29-console-upgrade.html",
                "index.html",
                "style.css",
            ])
    }

    @Test("gives identical bytes when rendering the same timeline twice")
    func deterministic() throws {
        let renderer = try SiteRenderer(templates: .builtIn)
        #expect(renderer.render(Fixture.timeline) == renderer.render(Fixture.timeline))
        #expect(try SiteRenderer(templates: .builtIn).render(Fixture.timeline) == renderer.render(Fixture.timeline))
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
}
