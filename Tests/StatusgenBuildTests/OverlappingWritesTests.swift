import Foundation
import StatusgenModel
import Testing

@testable import StatusgenBuild

/// Two builds into one output folder at once (a timer and a person): the one that swaps its site in
/// first must not record the other's files as its own.
@Suite("Overlapping writes into one output folder")
struct OverlappingWritesTests {
    @Test("A build that stores its page cache and record after another swapped its site in keeps its own stamps")
    func lateStoreKeepsOwnStamps() throws {
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("overlap-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: work) }
        let source = work.appendingPathComponent("source")
        let output = work.appendingPathComponent("site")
        try FileManager.default.createDirectory(at: source, withIntermediateDirectories: true)
        let writer = SiteWriter(destination: output, source: source)
        func site(_ words: String) -> [OutputFile] {
            [
                OutputFile(path: "index.html", contents: Data("<p>\(words)</p>\n".utf8)),
                OutputFile(path: "incidents/a.html", contents: Data("<p>the same in both</p>\n".utf8)),
            ]
        }
        // The first build swaps its site in; the second swaps its own in before the first stores anything.
        let first = try writer.write(site("first"), unchanged: [:])
        _ = try writer.write(site("second"), unchanged: [:])
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
        let second = try writer.write(site("third"), unchanged: [:])
        record.store(listings: [], files: [], monitorPaths: [], warnings: [], started: now, site: second.stamps)
        #expect(record.unchanged()?.fileCount == 2)
    }
}
