import Foundation
import StatusgenModel
import Testing

@testable import StatusgenServer

@Suite("Preview server parts")
struct PreviewServerPartsTests {
    @Test(
        "each kind of site file gets its content type",
        arguments: [
            ("index.html", "text/html; charset=utf-8"),
            ("style.css", "text/css; charset=utf-8"),
            ("feed.rss", "application/rss+xml; charset=utf-8"),
            ("feed.atom", "application/atom+xml; charset=utf-8"),
            ("maintenance.ics", "text/calendar; charset=utf-8"),
            ("api/v2/summary.json", "application/json; charset=utf-8"),
            ("badges/api.svg", "image/svg+xml; charset=utf-8"),
            ("sitemap.xml", "text/xml; charset=utf-8"),
            ("robots.txt", "text/plain; charset=utf-8"),
            ("history/2026-11.csv", "text/csv; charset=utf-8"),
            ("assets/LOGO.PNG", "image/png"),
            ("assets/unknown.bin", "application/octet-stream"),
            ("assets.d/noextension", "application/octet-stream"),
        ])
    func contentTypes(path: String, type: String) {
        #expect(WebFileType.of(path).contentType == type)
    }

    @Test("the error page lists every problem, escaped")
    func errorPage() {
        let page = ErrorPage.render([
            "incidents/a.md:3: unknown value '<script>' & more",
            "statusgen.yml:1: missing key \"title\"",
        ])
        #expect(
            page.contains(
                "<li><code>incidents/a.md:3: unknown value &#39;&lt;script&gt;&#39; &amp; more</code></li>\n"
                    + "<li><code>statusgen.yml:1: missing key &quot;title&quot;</code></li>"))
        #expect(!page.contains("<script>"))
        #expect(page.contains("<meta http-equiv=\"refresh\" content=\"2\">"))
    }

    @Test("pages may not be framed by other sites, but for the embed of each language; the error page styles itself")
    func contentSecurityPolicy() {
        let pages = ContentSecurityPolicy.forPages
        #expect(ContentSecurityPolicy.header(forPath: "index.html") == pages + "; frame-ancestors 'none'")
        #expect(ContentSecurityPolicy.header(forPath: "incidents/a.html") == pages + "; frame-ancestors 'none'")
        #expect(ContentSecurityPolicy.header(forPath: "embed.html") == pages)
        #expect(ContentSecurityPolicy.header(forPath: "de/embed.html") == pages)
        #expect(ContentSecurityPolicy.header(forPath: "pt-BR/embed.html") == pages)
        #expect(ContentSecurityPolicy.header(forPath: "EN-gb/embed.html") == pages)
        for path in ["a/b/embed.html", "de-/embed.html", "x/embed.html", "de/myembed.html", "deembed.html"] {
            #expect(ContentSecurityPolicy.header(forPath: path) == pages + "; frame-ancestors 'none'", "\(path)")
        }
        #expect(ContentSecurityPolicy.header(forPath: "incidents/embed.html") == pages + "; frame-ancestors 'none'")
        #expect(ContentSecurityPolicy.header(forPath: "de/index.html") == pages + "; frame-ancestors 'none'")
        #expect(ErrorPage.contentSecurityPolicy.contains("style-src 'unsafe-inline'"))
        #expect(ErrorPage.render([]).contains("<style>"))
    }

    @Test("the watcher sees an edit of the same size, a new file and a removed one, but not ignored names")
    func watcher() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("statusgen-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(
            at: root.appendingPathComponent("incidents"), withIntermediateDirectories: true)
        let incident = root.appendingPathComponent("incidents/a.md")
        try Data("first".utf8).write(to: incident)
        let watcher = SourceWatcher(
            root: root, paths: ["statusgen.yml", "incidents", "templates"], ignores: { $0.hasPrefix(".") })
        let start = watcher.look().stamps
        #expect(Array(start.keys) == ["incidents/a.md"])
        #expect(watcher.look().stamps == start)

        // Same size, written by renaming a new file over the old one, as many editors save.
        let replacement = root.appendingPathComponent("incidents/.a.md.tmp")
        try Data("other".utf8).write(to: replacement)
        #expect(watcher.look().stamps == start)
        #expect(rename(replacement.path, incident.path) == 0)
        let edited = watcher.look().stamps
        #expect(edited != start)
        #expect(edited.keys.sorted() == ["incidents/a.md"])

        try Data("title: x\n".utf8).write(to: root.appendingPathComponent("statusgen.yml"))
        let added = watcher.look().stamps
        #expect(added.keys.sorted() == ["incidents/a.md", "statusgen.yml"])

        try FileManager.default.removeItem(at: incident)
        #expect(watcher.look().stamps.keys.sorted() == ["statusgen.yml"])
    }

    @Test("the watcher names the folders it listed: the site's own and every folder under a watched one")
    func watchedFolders() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("statusgen-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        for folder in ["incidents", "static/images/old", "templates"] {
            try FileManager.default.createDirectory(
                at: root.appendingPathComponent(folder), withIntermediateDirectories: true)
        }
        let watcher = SourceWatcher(root: root, paths: ["statusgen.yml", "incidents", "static"])
        let folders = watcher.look().folders
        #expect(folders.first == root.path)
        #expect(
            folders.dropFirst().sorted()
                == ["incidents", "static", "static/images", "static/images/old"].map { root.path + "/" + $0 })
    }

    @Test("a file written in a watched folder is looked at soon, long before the interval; without one, at it")
    func lookTimes() async throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("statusgen-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        // An interval of a minute: a moment within the test's time can only come from the event.
        let looks = LookTimes(interval: .seconds(60))
        defer { looks.stop() }
        looks.watch([root.path])
        let written = ContinuousClock.now
        try Data("edited".utf8).write(to: root.appendingPathComponent("a.md"))
        var moments = looks.moments.makeAsyncIterator()
        // The instant the moment came, not when this task resumes: other tests may hold every thread a while.
        let moment = try #require(await moments.next())
        #expect(moment - written < .seconds(30), "looked at by the event, not the interval")

        let polling = LookTimes(interval: .milliseconds(50))
        defer { polling.stop() }
        var ticks = polling.moments.makeAsyncIterator()
        #expect(await ticks.next() != nil)
        #expect(await ticks.next() != nil)
    }

    @Test("stopping ends the watcher's thread at once, not an interval later: it wakes and lets go")
    func stopWakes() async {
        let looks = LookTimes(interval: .seconds(60))
        var moments = looks.moments.makeAsyncIterator()
        let stopped = ContinuousClock.now
        looks.stop()
        // Waited for on this thread rather than by awaiting the moments, whose task other tests may keep
        // from running for a while.
        while !looks.isEnded && ContinuousClock.now - stopped < .seconds(20) { usleep(10_000) }
        #expect(looks.isEnded, "the thread waited out its interval")
        // The moments end with it; none comes after the stop.
        #expect(await moments.next() == nil)
    }
}
