import Foundation
import StatusgenModel
import Testing

@testable import StatusgenBuild

/// Two builds into one output folder at once (a timer and a person): the one that swaps its site in
/// first must not record the other's files as its own.
@Suite("Overlapping writes into one output folder")
struct OverlappingWritesTests {
    /// A scratch folder holding a site's (empty) sources and its output folder, not made yet.
    private static func folders() throws -> (work: URL, source: URL, output: URL) {
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("overlap-\(UUID().uuidString)")
        let source = work.appendingPathComponent("source")
        try FileManager.default.createDirectory(at: source, withIntermediateDirectories: true)
        return (work, source, work.appendingPathComponent("site"))
    }

    @Test("A build that stores its page cache and record after another swapped its site in keeps its own stamps")
    func lateStoreKeepsOwnStamps() throws {
        let (work, source, output) = try Self.folders()
        defer { try? FileManager.default.removeItem(at: work) }
        let writer = SiteWriter(destination: output, source: source)
        func site(_ words: String) -> [OutputFile] {
            [
                OutputFile(path: "index.html", contents: Data("<p>\(words)</p>\n".utf8)),
                OutputFile(path: "incidents/a.html", contents: Data("<p>the same in both</p>\n".utf8)),
            ]
        }
        // The first build swaps its site in; the second swaps its own in before the first stores anything.
        let first = try writer.write(site("first"), keeping: [:])
        _ = try writer.write(site("second"), keeping: [:])
        let stamps = try #require(first.stamps)
        let published = FileStamp(path: output.appendingPathComponent("index.html").path)
        #expect(stamps["index.html"] != nil)
        #expect(stamps["index.html"] != published, "the stamps are the first build's files, not the second's")
        #expect(stamps[""] != FileStamp(path: output.path))

        // The first build's page cache does not take the second build's page for its own key...
        let cache = PageCache(root: source, destination: writer.destination)
        cache.store(["index.html": "key of the first build's index"], site: first.stamps)
        let entry = try #require(cache.entries()["index.html"])
        #expect(entry.stamp == stamps["index.html"])
        #expect(entry.stamp != published)
        // ...and its record does not describe the second build's site as the output it left.
        let now = Date(timeIntervalSince1970: 1_795_000_000)
        let record = BuildRecord(root: source, destination: writer.destination, now: now)
        record.store(listings: [], files: [], monitorPaths: [], warnings: [], started: now, site: first.stamps)
        #expect(FileManager.default.fileExists(atPath: record.file.path))
        #expect(record.unchanged() == nil)
        // Recorded with the stamps of the site as it is published, the same record stands.
        let second = try writer.write(site("third"), keeping: [:])
        record.store(listings: [], files: [], monitorPaths: [], warnings: [], started: now, site: second.stamps)
        #expect(record.unchanged()?.fileCount == 2)
    }

    @Test("A page to keep that another hand changed since it was taken stops the write; one as it was is linked")
    func keptPageChanged() throws {
        let (work, source, output) = try Self.folders()
        defer { try? FileManager.default.removeItem(at: work) }
        let writer = SiteWriter(destination: output, source: source)
        let index = output.appendingPathComponent("index.html")
        let incident = OutputFile(path: "incidents/a.html", contents: Data("<p>an incident</p>\n".utf8))
        let first = try writer.write(
            [OutputFile(path: "index.html", contents: Data("<p>built</p>\n".utf8)), incident], keeping: [:])
        let taken = try #require(first.stamps?["index.html"])
        // Changed by another hand after the page was taken to be kept: the build has no bytes for it.
        try Data("<p>by hand, longer</p>\n".utf8).write(to: index)
        #expect(throws: SiteWriter.PublishedPageChanged.self) {
            try writer.write([incident], keeping: ["index.html": taken])
        }
        #expect(try String(contentsOf: index, encoding: .utf8) == "<p>by hand, longer</p>\n")
        #expect(FileStamp(path: output.path)?.inode == first.stamps?[""]?.inode, "nothing was swapped in")
        // Kept with the stamp it has: linked as it is, not read, and not counted as changed.
        let current = try #require(FileStamp(path: index.path))
        let kept = try writer.write([incident], keeping: ["index.html": current])
        #expect(kept.summary == SiteWriter.Summary(changed: 0, removed: 0))
        #expect(kept.stamps?["index.html"]?.inode == current.inode)
        #expect(try String(contentsOf: index, encoding: .utf8) == "<p>by hand, longer</p>\n")
    }
}
