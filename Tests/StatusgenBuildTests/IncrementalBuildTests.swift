import Foundation
import StatusgenBuild
import StatusgenCore
import StatusgenModel
import StatusgenTestSupport
import Testing

/// A build that reuses the last build's pages must write exactly what a build from nothing writes.
@Suite("Incremental builds")
struct IncrementalBuildTests {
    /// A new work folder holding a copy of the golden site `name` as `site`.
    private static func workingCopy(of name: String) throws -> (work: URL, site: URL) {
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("incremental-\(UUID().uuidString)")
        let site = work.appendingPathComponent("site")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: GoldenSiteTests.sitesFolder.appendingPathComponent(name), to: site)
        return (work, site)
    }

    @Test(
        "After each of a sequence of random edits, an incremental build equals a clean one, file for file",
        arguments: [("small", 120, 15), ("languages", 100, 16)] as [(String, Int, UInt64)])
    func randomEditsBuildAsCleanBuilds(siteName: String, editCount: Int, seed: UInt64) throws {
        let (work, site) = try Self.workingCopy(of: siteName)
        defer { try? FileManager.default.removeItem(at: work) }
        try FileManager.default.removeItem(at: site.appendingPathComponent("expected"))
        try? FileManager.default.removeItem(at: site.appendingPathComponent("warnings.txt"))
        let incremental = work.appendingPathComponent("incremental")
        let clean = work.appendingPathComponent("clean")
        var editor = SiteEditor(
            root: site, seed: seed, now: try TimestampParser.parse("2026-11-07T16:00:00Z"),
            monitorTime: try TimestampParser.parse("2026-11-07T16:00:00Z"))
        // As `serve` builds: in memory, reusing the pages of the build before.
        let memory = BuildMemory()
        var log: [String] = []
        var reused = 0
        var built = 0
        var unchanged = 0
        var unread = 0
        for _ in 0..<editCount {
            log.append(try editor.edit())
            let fast = try SiteBuild.run(source: site, output: incremental, now: editor.now)
            // Built again at once, nothing changed: the second build finds so from stamps when the first was
            // recorded; either way, it is compared below.
            let again = try SiteBuild.run(source: site, output: incremental, now: editor.now)
            // A build that finds nothing changed gives the warnings of the build before it.
            #expect(again.diagnostics == fast.diagnostics)
            unchanged += again.isUnchanged ? 1 : 0
            try? FileManager.default.removeItem(at: clean)
            let full = try SiteBuild.run(source: site, output: clean, now: editor.now, usesCache: false)
            #expect(fast.diagnostics == full.diagnostics, "after: \(log.joined(separator: "; "))")
            #expect(fast.failed == full.failed)
            if full.failed { continue }
            built += 1
            reused += fast.reusedCount
            unread += fast.unreadCount
            let paths = FileTree.filePaths(in: clean)
            try #require(FileTree.filePaths(in: incremental) == paths, "after: \(log.joined(separator: "; "))")
            let served = try #require(
                try SiteBuild.run(source: site, output: nil, now: editor.now, memory: memory).outputs)
            #expect(served.map(\.path) == paths.filter { $0 != SiteWriter.markerName })
            for file in served {
                let same = try Data(contentsOf: clean.appendingPathComponent(file.path)) == file.contents
                try #require(same, "\(file.path) served differs after: \(log.joined(separator: "; "))")
            }
            for path in paths {
                let same =
                    try Data(contentsOf: incremental.appendingPathComponent(path))
                    == Data(contentsOf: clean.appendingPathComponent(path))
                try #require(same, "\(path) differs after: \(log.joined(separator: "; "))")
            }
        }
        // The sequence must exercise reuse, and mostly build: a site left broken would prove nothing.
        #expect(built >= editCount * 3 / 4, "\(built) of \(editCount) builds succeeded")
        #expect(reused >= built, "\(reused) pages reused in \(built) builds")
        #expect(unchanged >= built / 3, "\(unchanged) of \(built) builds again found nothing changed")
        // Incident files left alone for two seconds are taken by their stamps, unread.
        #expect(unread >= built, "\(unread) incident files left unread in \(built) builds")
        // And the clock must pass the start of the database upgrade, the notice's expiry and a month's end.
        #expect(editor.now > (try TimestampParser.parse("2026-12-01T05:00:00Z")), "\(editor.now)")
    }

    @Test("A page changed by hand in the output folder is built again, not kept")
    func handEditedPageIsRebuilt() throws {
        let (work, site) = try Self.workingCopy(of: "small")
        defer { try? FileManager.default.removeItem(at: work) }
        let output = work.appendingPathComponent("output")
        let now = try TimestampParser.parse("2026-11-07T16:00:00Z")
        let page = output.appendingPathComponent("incidents/2026-10-20-support-slow.html")
        _ = try SiteBuild.run(source: site, output: output, now: now)
        let built = try Data(contentsOf: page)
        // Written in place, as an editor may, and with a new file, as most do.
        for replace in [false, true] {
            if replace {
                try FileManager.default.removeItem(at: page)
                try Data("changed".utf8).write(to: page)
            } else {
                let handle = try FileHandle(forWritingTo: page)
                try handle.write(contentsOf: Data("changed".utf8))
                try handle.close()
            }
            // The same moment: the record of the last build must not take the output for unchanged.
            let same = try SiteBuild.run(source: site, output: output, now: now)
            #expect(!same.isUnchanged)
            #expect(try Data(contentsOf: page) == built)
            // Another moment: the page cache must not reuse the changed file.
            try (replace ? Data("changed again".utf8) : Data("changed".utf8)).write(to: page)
            let later = try SiteBuild.run(source: site, output: output, now: now.addingTimeInterval(60))
            #expect(later.reusedCount > 0)
            #expect(try Data(contentsOf: page) == built)
        }
    }

    @Test("A file of static/ at the path of a page kept from the last build does not replace the page")
    func staticFileBesideKeptPage() throws {
        let (work, site) = try Self.workingCopy(of: "small")
        defer { try? FileManager.default.removeItem(at: work) }
        let path = "incidents/2026-10-20-support-slow.html"
        let stray = site.appendingPathComponent("static/" + path)
        try FileManager.default.createDirectory(
            at: stray.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("a stale copy".utf8).write(to: stray)
        let output = work.appendingPathComponent("output")
        let now = try TimestampParser.parse("2026-11-07T16:00:00Z")
        _ = try SiteBuild.run(source: site, output: output, now: now)
        let page = try Data(contentsOf: output.appendingPathComponent(path))
        #expect(page != Data("a stale copy".utf8))
        // Another incident edited: the page is kept as the output folder holds it, and still wins.
        let other = site.appendingPathComponent("incidents/2026-11-05-checkout-errors.md")
        try Data((try String(contentsOf: other, encoding: .utf8) + "\nMore.\n").utf8).write(to: other)
        let rebuild = try SiteBuild.run(source: site, output: output, now: now)
        #expect(rebuild.reusedCount > 0)
        #expect(rebuild.outputs?.contains { $0.path == path } == false, "the page is kept, not rendered")
        #expect(try Data(contentsOf: output.appendingPathComponent(path)) == page)
    }

    @Test("A rebuild with nothing changed repeats the warnings; a record cut short is not trusted")
    func unchangedRebuild() throws {
        let (work, site) = try Self.workingCopy(of: "languages")
        defer { try? FileManager.default.removeItem(at: work) }
        try FileManager.default.removeItem(at: site.appendingPathComponent("expected"))
        // Files written a moment ago are checked by their bytes, and monitor files then keep a build from
        // being recorded: these were written an hour ago.
        let hourAgo = Date().addingTimeInterval(-3600)
        for path in FileTree.filePaths(in: site) + ["incidents", "monitors", ""] {
            try FileManager.default.setAttributes(
                [.modificationDate: hourAgo], ofItemAtPath: site.appendingPathComponent(path).path)
        }
        let output = work.appendingPathComponent("output")
        let now = try TimestampParser.parse("2026-11-07T16:00:00Z")
        let first = try SiteBuild.run(source: site, output: output, now: now)
        #expect(!first.diagnostics.isEmpty, "the languages site has a partial translation, which is warned about")
        let again = try SiteBuild.run(source: site, output: output, now: now)
        #expect(again.isUnchanged)
        #expect(again.diagnostics == first.diagnostics)
        // The record without its last line, as a crash before its bytes reached the disk could leave it.
        let record = site.appendingPathComponent(SiteLayout.cacheFolder + "/build")
        let text = try String(contentsOf: record, encoding: .utf8)
        let lines = text.split(separator: "\n")
        try Data((lines.dropLast().joined(separator: "\n") + "\n").utf8).write(to: record)
        let afterCut = try SiteBuild.run(source: site, output: output, now: now)
        #expect(!afterCut.isUnchanged)
        #expect(afterCut.diagnostics == first.diagnostics)
    }
}
