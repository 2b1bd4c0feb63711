import Foundation
import StatusgenBuild
import StatusgenCore
import StatusgenModel
import StatusgenRendering
import Testing

/// Which pages a build renders again after one change, and that what it reuses is what a build from
/// nothing would write.
@Suite("Pages reused after one change")
struct PageReuseTests {
    /// Builds of a copy of a golden site, each reusing the pages of the one before as `serve` does and
    /// compared, file for file, with a build from nothing.
    private struct ReusingBuilder {
        let site: URL
        private var last: BuildPipeline.Result?

        init(copying name: String, into work: URL) throws {
            site = work.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: GoldenSiteTests.sitesFolder.appendingPathComponent(name), to: site)
            try FileManager.default.removeItem(at: site.appendingPathComponent("expected"))
        }

        /// Builds the site as of `now`; the pages that have a key and were rendered rather than reused.
        mutating func build(now: Date) throws -> Set<String> {
            let inputs = try SiteLoader(root: site, usesCache: false).load()
            let previousKeys = last?.pageKeys ?? [:]
            let previousFiles = Dictionary(
                (last?.outputs ?? []).map { ($0.path, $0.contents) }, uniquingKeysWith: { first, _ in first })
            // Inputs told apart by their whole text: as good a digest as any within one test.
            let digests = Dictionary(
                inputs.files.map { ($0.path, String(decoding: $0.contents, as: UTF8.self)) },
                uniquingKeysWith: { first, _ in first })
            let reuse = PageReuse(sharedDigest: "shared", fileDigests: digests) { path, key in
                previousKeys[path] == key ? previousFiles[path].map(PreviousPage.contents) : nil
            }
            let result = BuildPipeline().run(inputs, now: now, reusing: reuse)
            let clean = BuildPipeline().run(inputs, now: now)
            #expect(result.diagnostics == clean.diagnostics)
            let outputs = try #require(result.outputs)
            let cleanOutputs = try #require(clean.outputs)
            #expect(outputs.map(\.path) == cleanOutputs.map(\.path))
            for (file, cleanFile) in zip(outputs, cleanOutputs) where file.contents != cleanFile.contents {
                Issue.record("\(file.path) differs from a clean build's")
            }
            last = result
            let rendered = result.pageKeys.filter { previousKeys[$0.key] != $0.value }.map(\.key)
            #expect(result.reusedCount == result.pageKeys.count - rendered.count)
            return Set(rendered)
        }

        func edit(_ path: String, _ change: (String) -> String) throws {
            let url = site.appendingPathComponent(path)
            let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
            try Data(change(text).utf8).write(to: url)
        }
    }

    private static func moment(_ text: String) throws -> Date { try TimestampParser.parse(text) }

    private func workFolder() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("page-reuse-\(UUID().uuidString)")
    }

    /// The incident is older than the status page's days, which its component's page lists.
    @Test("Editing an incident renders again its page, its month's and its component's feeds, and no other")
    func oneIncidentEdit() throws {
        let work = workFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        var builder = try ReusingBuilder(copying: "languages", into: work)
        let now = try Self.moment("2026-11-07T16:00:00Z")
        let first = try builder.build(now: now)
        #expect(first.contains("history/2026-10.html"))
        #expect(first.contains("de/history/2026-11.html"))
        #expect(try builder.build(now: now).isEmpty)
        try builder.edit("incidents/2026-10-20-support-slow.md") { $0 + "\n## Postmortem\nA disk filled up.\n" }
        let expected = Set(
            ["", "de/", "fr/"].flatMap { language in
                [
                    "incidents/2026-10-20-support-slow.html", "history/2026-10.html", "components/support.rss",
                    "components/support.atom",
                ].map { language + $0 }
            })
        #expect(try builder.build(now: now) == expected)
    }

    @Test("Editing an incident of the status page's days renders again its component's page too")
    func recentIncidentEdit() throws {
        let work = workFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        var builder = try ReusingBuilder(copying: "small", into: work)
        let now = try Self.moment("2026-11-07T16:00:00Z")
        _ = try builder.build(now: now)
        try builder.edit("incidents/2026-11-07-website-down.md") { $0 + "Phones are busy.\n" }
        let expected: Set = [
            "incidents/2026-11-07-website-down.html", "history/2026-11.html", "components/website.html",
            "components/website.rss", "components/website.atom",
        ]
        #expect(try builder.build(now: now) == expected)
    }

    @Test("A translation added renders again the pages that show the incident in that language only")
    func translationAdded() throws {
        let work = workFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        var builder = try ReusingBuilder(copying: "languages", into: work)
        let now = try Self.moment("2026-11-07T16:00:00Z")
        _ = try builder.build(now: now)
        try builder.edit("incidents/2026-10-20-support-slow.fr.md") { _ in
            "---\ntitle: Le support est lent\n---\n\n## 2026-10-20T13:00:00Z investigating\nLe support est lent.\n"
        }
        let expected: Set = [
            "fr/incidents/2026-10-20-support-slow.html", "fr/history/2026-10.html", "fr/components/support.rss",
            "fr/components/support.atom",
        ]
        #expect(try builder.build(now: now) == expected)
    }

    @Test("Monitor results that change a month's uptime render that month again, and not the others")
    func monitorResultsChangeUptime() throws {
        let work = workFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        var builder = try ReusingBuilder(copying: "small", into: work)
        let now = try Self.moment("2026-11-07T16:00:00Z")
        // Checks on 20 October, before November's: first all up, then two of them down.
        func october(down: Bool) -> String {
            (0..<8).map { index in
                let time = "2026-10-20T1\(index):00:00Z,web-east,"
                return time + (down && index >= 3 && index <= 4 ? "down," : "up,110")
            }.joined(separator: "\n")
        }
        try builder.edit("monitors/checks.csv") { text in
            text.replacingOccurrences(of: "latency_ms\n", with: "latency_ms\n" + october(down: false) + "\n")
        }
        let first = try builder.build(now: now)
        #expect(first.contains("history/2026-10.html"))
        try builder.edit("monitors/checks.csv") {
            $0.replacingOccurrences(of: october(down: false), with: october(down: true))
        }
        // The month, and the page of the one component the monitor serves, which lists every month's figures.
        #expect(try builder.build(now: now) == ["history/2026-10.html", "components/website.html"])
    }

    @Test("A component's feeds are dated by their newest update: reused minutes later, until an update is out")
    func feedsSettle() throws {
        let work = workFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        var builder = try ReusingBuilder(copying: "small", into: work)
        let feeds = { (rendered: Set<String>) in
            rendered.filter { $0.hasSuffix(".rss") || $0.hasSuffix(".atom") }
        }
        _ = try builder.build(now: try Self.moment("2026-11-20T12:00:00Z"))
        #expect(feeds(try builder.build(now: try Self.moment("2026-11-20T12:05:00Z"))).isEmpty)
        // An update dated after the build: the website's feeds change with the clock until it is out.
        try builder.edit("incidents/2026-11-07-website-down.md") {
            $0 + "\n## 2026-11-20T13:00:00Z resolved\nThe website is back.\n"
        }
        let website: Set = ["components/website.rss", "components/website.atom"]
        #expect(feeds(try builder.build(now: try Self.moment("2026-11-20T12:10:00Z"))) == website)
        #expect(feeds(try builder.build(now: try Self.moment("2026-11-20T12:20:00Z"))) == website)
        #expect(feeds(try builder.build(now: try Self.moment("2026-11-20T13:05:00Z"))) == website)
        #expect(feeds(try builder.build(now: try Self.moment("2026-11-20T13:10:00Z"))).isEmpty)
        // An incident with no update out yet is not on the site at all: the feeds stay until its first is out.
        try builder.edit("incidents/2026-11-21-website-slow.md") { _ in
            "---\ntitle: Website slow\nimpact: minor\ncomponents:\n  website: degraded_performance\n---\n"
                + "## 2026-11-21T09:00:00Z investigating\nPages load slowly.\n"
        }
        #expect(feeds(try builder.build(now: try Self.moment("2026-11-20T13:20:00Z"))).isEmpty)
        #expect(feeds(try builder.build(now: try Self.moment("2026-11-21T09:05:00Z"))) == website)
    }

    @Test("The maintenance calendar is dated by its newest update: reused minutes later, until a maintenance changes")
    func calendarSettles() throws {
        let work = workFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        var builder = try ReusingBuilder(copying: "small", into: work)
        let calendar = "maintenance.ics"
        _ = try builder.build(now: try Self.moment("2026-11-20T12:00:00Z"))
        #expect(!(try builder.build(now: try Self.moment("2026-11-20T12:05:00Z"))).contains(calendar))
        // An incident that is no maintenance leaves the calendar as it was.
        try builder.edit("incidents/2026-11-07-website-down.md") { $0 + "\nThe cause was a full disk.\n" }
        #expect(!(try builder.build(now: try Self.moment("2026-11-20T12:06:00Z"))).contains(calendar))
        // An update of a maintenance dated after the build: the calendar changes with the clock until it is out.
        try builder.edit("incidents/2026-11-10-database-upgrade.md") {
            $0 + "\n## 2026-11-20T13:00:00Z completed\nThe upgrade is done.\n"
        }
        #expect(try builder.build(now: try Self.moment("2026-11-20T12:10:00Z")).contains(calendar))
        #expect(try builder.build(now: try Self.moment("2026-11-20T12:20:00Z")).contains(calendar))
        #expect(try builder.build(now: try Self.moment("2026-11-20T13:05:00Z")).contains(calendar))
        #expect(!(try builder.build(now: try Self.moment("2026-11-20T13:10:00Z"))).contains(calendar))
    }

    @Test("The clock crossing a month's end renders again the month that ended and the new one, not those before")
    func clockCrossesMonthEnd() throws {
        let work = workFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        var builder = try ReusingBuilder(copying: "small", into: work)
        // Every incident of November over, so that the month is settled once it ends.
        try builder.edit("incidents/2026-11-07-website-down.md") { $0 + "\n## 2026-11-07T17:00:00Z resolved\nBack.\n" }
        // The site is in New York: 1 December begins at 05:00 UTC.
        _ = try builder.build(now: try Self.moment("2026-12-01T04:30:00Z"))
        let sameMonth = try builder.build(now: try Self.moment("2026-12-01T04:50:00Z"))
        #expect(sameMonth.contains("history/2026-11.html"), "the month in progress changes with the clock")
        #expect(!sameMonth.contains("history/2026-10.html"))
        let nextMonth = try builder.build(now: try Self.moment("2026-12-01T05:10:00Z"))
        #expect(nextMonth.filter { $0.hasPrefix("history/") } == Set(["history/2026-11.html", "history/2026-12.html"]))
        let later = try builder.build(now: try Self.moment("2026-12-01T06:00:00Z"))
        #expect(later.filter { $0.hasPrefix("history/") } == Set(["history/2026-12.html"]))
    }
}
