import Foundation
import StatusgenModel
import StatusgenRendering
import Testing

@Suite("Templates: the built-in set, a site's own files over it, and their errors")
struct TemplateSetTests {
    /// The repository's templates/ folder, which the built-in set is compiled from.
    static let templatesFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("templates")

    private func file(_ path: String, _ text: String) -> InputFile {
        InputFile(path: path, contents: Data(text.utf8))
    }

    private func diagnostics(_ templates: TemplateSet) -> [String] {
        do {
            _ = try SiteRenderer(templates: templates)
            return []
        } catch {
            return error.diagnostics.map(\.description)
        }
    }

    @Test("the built-in set holds every file of the repository's templates/ folder, byte for byte")
    func builtInMatchesFolder() throws {
        let enumerator = try #require(FileManager.default.enumerator(atPath: Self.templatesFolder.path))
        let names = enumerator.compactMap { $0 as? String }.filter { name in
            var isDirectory: ObjCBool = false
            let path = Self.templatesFolder.appendingPathComponent(name).path
            return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && !isDirectory.boolValue
        }.sorted()
        #expect(TemplateSet.builtIn.files.map(\.path) == names.map { "templates/" + $0 })
        for name in names {
            let contents = try Data(contentsOf: Self.templatesFolder.appendingPathComponent(name))
            #expect(TemplateSet.builtIn.files.first { $0.path == "templates/" + name }?.contents == contents, "\(name)")
        }
    }

    @Test("the built-in set compiles and copies style.css to the output")
    func builtInAssets() throws {
        let site = try RenderedSite()
        let css = try Data(contentsOf: Self.templatesFolder.appendingPathComponent("style.css"))
        #expect(site.files.first { $0.path == "style.css" }?.contents == css)
        #expect(!site.paths.contains { $0.hasSuffix(".mustache") })
    }

    @Test("the sparkline's line keeps its width with an SVG attribute, which CSS validators accept, not a CSS property")
    func sparklineStroke() throws {
        let css = String(
            decoding: try Data(contentsOf: Self.templatesFolder.appendingPathComponent("style.css")), as: UTF8.self)
        #expect(!css.contains("vector-effect"))
        let sparkline = try Data(contentsOf: Self.templatesFolder.appendingPathComponent("latency-sparkline.mustache"))
        #expect(
            String(decoding: sparkline, as: UTF8.self).contains(
                "<polyline points=\"{{.}}\" vector-effect=\"non-scaling-stroke\"/>"))
    }

    @Test("a site's template replaces the built-in one of the same name; the others stay")
    func overlayReplacesTemplate() throws {
        let templates = TemplateSet.builtIn.overlaid(with: [
            file("templates/index.mustache", "Status of {{page.siteTitle}}: {{banner.text}}\n")
        ])
        let site = try RenderedSite(templates: templates)
        #expect(site.text("index.html") == "Status of Example Mail Cloud Status: Major outage: Inbound mail (SMTP)\n")
        #expect(site.text("404.html").hasPrefix("<!DOCTYPE html>"))
    }

    @Test("a site's partial replaces the built-in one in every page that uses it")
    func overlayReplacesPartial() throws {
        let templates = TemplateSet.builtIn.overlaid(with: [
            file("templates/layout.mustache", "<main>{{$main}}{{/main}}</main>\n")
        ])
        let page = try RenderedSite(templates: templates).text("404.html")
        #expect(page.hasPrefix("<main><h1>Page not found</h1>"))
    }

    @Test("a site's other files replace or add assets, and files outside templates/ are ignored")
    func overlayAssets() throws {
        let templates = TemplateSet.builtIn.overlaid(with: [
            file("templates/style.css", "body { color: black; }\n"),
            file("templates/logo.svg", "<svg/>\n"),
            file("incidents/x.md", "not a template"),
        ])
        let site = try RenderedSite(templates: templates)
        #expect(site.text("style.css") == "body { color: black; }\n")
        #expect(site.text("logo.svg") == "<svg/>\n")
        #expect(!site.paths.contains("x.md"))
        #expect(!templates.files.contains { $0.path == "incidents/x.md" })
    }

    @Test(
        "a Mustache syntax error is reported at the template's path and line",
        arguments: [
            (
                "<p>\n{{#banner}}\n</p>\n{{/page}}\n",
                "templates/index.mustache:4: closing tag does not match the open section"
            ),
            ("<p>\n{{#banner}}\n</p>\n", "templates/index.mustache:4: a section is not closed by the end of the file"),
            ("<p>\n\n{{banner.text</p>\n", "templates/index.mustache:3: unfinished tag"),
            (
                // A tag inside a parent that is not a block: at its own line, not where the parent ends.
                "{{<layout}}\n{{! a comment }}\n{{$main}}\n{{#banner}}{{text}}{{/banner}}\n{{/main}}\n<p>{{oops}}</p>\n"
                    + "{{$head}}{{/head}}\n\n{{/layout}}\n",
                "templates/index.mustache:6: only blocks may appear inside a parent tag"
            ),
        ]
    )
    func syntaxError(template: String, diagnostic: String) {
        let templates = TemplateSet.builtIn.overlaid(with: [file("templates/index.mustache", template)])
        #expect(diagnostics(templates) == [diagnostic])
    }

    @Test("every broken template is reported, sorted by path")
    func allErrors() {
        let templates = TemplateSet.builtIn.overlaid(with: [
            file("templates/update.mustache", "{{/x}}\n"),
            file("templates/404.mustache", "ok\n{{#a}}{{/b}}\n"),
        ])
        #expect(
            diagnostics(templates) == [
                "templates/404.mustache:2: closing tag does not match the open section",
                "templates/update.mustache:1: closing tag does not match the open section",
            ])
    }

    @Test("a partial or parent template that does not exist is an error at its line, not an empty part")
    func unknownReference() {
        let templates = TemplateSet.builtIn.overlaid(with: [
            file("templates/404.mustache", "{{<layot}}{{$main}}x{{/main}}{{/layot}}\n"),
            file("templates/update.mustache", "<p>\n{{> status-icn }}</p>\n"),
        ])
        let names =
            "404, component, embed, feed.atom, feed.rss, history, history-month, incident, index, latency-sparkline,"
            + " layout, robots.txt,"
            + " sitemap.xml, status-icon, subscribe, time-range, update, uptime-bars"
        #expect(
            diagnostics(templates) == [
                "templates/404.mustache:1: unknown parent template 'layot': templates are \(names)",
                "templates/update.mustache:2: unknown partial 'status-icn': templates are \(names)",
            ])
    }

    @Test("a partial that includes itself, directly or through another, is an error at its line, not a crash")
    func recursivePartials() {
        let templates = TemplateSet.builtIn.overlaid(with: [
            file("templates/update.mustache", "<p>\n{{>update}}</p>\n"),
            file("templates/time-range.mustache", "{{>status-icon}}\n"),
            file("templates/status-icon.mustache", "x\n{{#a}}{{> time-range}}{{/a}}\n"),
        ])
        #expect(
            diagnostics(templates) == [
                "templates/time-range.mustache:1: the partial 'status-icon' includes itself"
                    + " (status-icon -> time-range -> status-icon)",
                "templates/update.mustache:2: the partial 'update' includes itself (update -> update)",
            ])
    }

    @Test("sections nested past the limit are an error at their line, not a crash")
    func deepSections() {
        let deep = String(repeating: "{{#a}}", count: 20_000) + "\n" + String(repeating: "{{/a}}", count: 20_000)
        let templates = TemplateSet.builtIn.overlaid(with: [
            file("templates/404.mustache", "ok\n" + deep + "\n"),
            file(
                "templates/update.mustache",
                String(repeating: "{{#a}}", count: 100) + String(repeating: "{{/a}}", count: 100)),
        ])
        #expect(diagnostics(templates) == ["templates/404.mustache:2: sections nested more than 100 deep"])
    }

    @Test("a page template missing from the set is an error, not an empty page")
    func missingTemplate() {
        let templates = TemplateSet(
            files: TemplateSet.builtIn.files.filter { !$0.path.hasPrefix("templates/incident.") })
        #expect(diagnostics(templates) == ["templates/incident.mustache: missing template"])
        #expect(
            diagnostics(TemplateSet(files: [])) == [
                "templates/404.mustache: missing template",
                "templates/component.mustache: missing template",
                "templates/embed.mustache: missing template",
                "templates/feed.atom.mustache: missing template",
                "templates/feed.rss.mustache: missing template",
                "templates/history-month.mustache: missing template",
                "templates/history.mustache: missing template",
                "templates/incident.mustache: missing template",
                "templates/index.mustache: missing template",
                "templates/robots.txt.mustache: missing template",
                "templates/sitemap.xml.mustache: missing template",
                "templates/subscribe.mustache: missing template",
            ])
    }
}
