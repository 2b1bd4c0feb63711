import Foundation
import Testing

/// The cache of monitor files in `.statusgen-cache/`: it may only ever save work, never change the site.
@Suite("Monitor results cache")
struct MonitorCacheTests {
    static let now = "2026-11-07T16:00:00Z"
    static let monitors = "monitors/checks.csv"

    /// Builds `scratch` into a folder of its own and returns the rendered files (the marker file left out).
    func build(_ scratch: ScratchSite, into name: String, sourceLocation: SourceLocation = #_sourceLocation) throws
        -> [String: Data]
    {
        let output = scratch.root.appendingPathComponent(name)
        let result = try StatusgenProcess.run(
            ["build", "--source", scratch.root.path, "--output", output.path, "--now", Self.now])
        #expect(result.status == 0, "\(result.stderr)", sourceLocation: sourceLocation)
        let files = try scratch.snapshot(of: output).filter { $0.key != ".statusgen-site" }
        try FileManager.default.removeItem(at: output)
        return files.mapValues(\.0)
    }

    /// Builds with the cache as it is, and again without it (then puts it back): the sites must be the same.
    func expectSameWithoutCache(_ scratch: ScratchSite, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let cache = scratch.root.appendingPathComponent(".statusgen-cache")
        let saved = scratch.root.appendingPathComponent("cache-saved")
        let cached = try build(scratch, into: "with-cache", sourceLocation: sourceLocation)
        try FileManager.default.moveItem(at: cache, to: saved)
        let fresh = try build(scratch, into: "without-cache", sourceLocation: sourceLocation)
        try FileManager.default.removeItem(at: cache)
        try FileManager.default.moveItem(at: saved, to: cache)
        #expect(cached.keys.sorted() == fresh.keys.sorted(), sourceLocation: sourceLocation)
        for (path, bytes) in cached {
            #expect(fresh[path] == bytes, "\(path) differs", sourceLocation: sourceLocation)
        }
    }

    func append(_ text: String, to scratch: ScratchSite) throws {
        let handle = try FileHandle(forWritingTo: scratch.root.appendingPathComponent(Self.monitors))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(text.utf8))
        try handle.close()
    }

    /// Overwrites bytes at `offset` in place: same file, same size.
    func overwrite(_ text: String, at offset: UInt64, in scratch: ScratchSite) throws {
        let handle = try FileHandle(forWritingTo: scratch.root.appendingPathComponent(Self.monitors))
        try handle.seek(toOffset: offset)
        try handle.write(contentsOf: Data(text.utf8))
        try handle.close()
    }

    @Test("Builds the same site with and without the cache after appends, a torn line, a rewrite and a truncation")
    func sameSite() throws {
        let scratch = try ScratchSite()
        try expectSameWithoutCache(scratch)
        #expect(
            FileManager.default.fileExists(
                atPath: scratch.root.appendingPathComponent(".statusgen-cache/\(Self.monitors).cache").path))
        try append("2026-11-07T15:40:00Z,web-east,up,130\n2026-11-07T15:40:00Z,pay-east,degraded,900\n", to: scratch)
        try expectSameWithoutCache(scratch)
        try append("2026-11-07T15:50:00Z,web-east,do", to: scratch)
        try expectSameWithoutCache(scratch)
        try append("wn,\n2026-11-07T15:50:00Z,pay-east,up,85\n", to: scratch)
        try expectSameWithoutCache(scratch)
        // Rewritten in place near the end, where the cache checks the bytes it read.
        let path = scratch.root.appendingPathComponent(Self.monitors).path
        let size = try #require(try FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber).uint64Value
        try overwrite("2026-11-07T15:50:00Z,pay-east,down,\n", at: size - 36, in: scratch)
        try expectSameWithoutCache(scratch)
        // Truncated, then replaced by another file under the same name.
        try FileHandle(forWritingTo: URL(fileURLWithPath: path)).truncate(atOffset: size / 2)
        try expectSameWithoutCache(scratch)
        try scratch.write("timestamp,monitor,status\n2026-11-07T15:00:00Z,web-east,up\n", to: Self.monitors)
        try expectSameWithoutCache(scratch)
    }

    @Test("Forgets the entry of a monitor file that was deleted, and keeps the others")
    func forgetsDeletedFiles() throws {
        let scratch = try ScratchSite()
        let extra = scratch.root.appendingPathComponent("monitors/extra.csv")
        try Data("timestamp,monitor,status,latency_ms\n2026-11-07T15:00:00Z,web-east,up,120\n".utf8).write(to: extra)
        _ = try build(scratch, into: "first")
        let entries = scratch.root.appendingPathComponent(".statusgen-cache/monitors")
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: entries.path).sorted() == [
                "checks.csv.cache", "extra.csv.cache",
            ])
        try FileManager.default.removeItem(at: extra)
        _ = try build(scratch, into: "second")
        #expect(try FileManager.default.contentsOfDirectory(atPath: entries.path) == ["checks.csv.cache"])
    }

    @Test("Reads only the bytes after the point the cache reached")
    func readsOnlyNewBytes() throws {
        let scratch = try ScratchSite()
        _ = try build(scratch, into: "first")
        // A change far before the end, in place, is not seen while the cache is valid: proof that those
        // bytes are not read again. Without the cache the bad row is found.
        try overwrite("2026-11-01T04:00:00Z,web-east,UP", at: 36, in: scratch)
        try append("2026-11-07T15:40:00Z,web-east,up,130\n", to: scratch)
        let cached = try StatusgenProcess.run(["build", "--source", scratch.root.path, "--now", Self.now])
        #expect(cached.status == 0, "\(cached.stderr)")
        try FileManager.default.removeItem(at: scratch.root.appendingPathComponent(".statusgen-cache"))
        let fresh = try StatusgenProcess.run(["build", "--source", scratch.root.path, "--now", Self.now])
        #expect(fresh.status == 1)
        #expect(
            fresh.stderr
                == "monitors/checks.csv:2: unknown value 'UP': expected one of up, degraded, down (did you mean 'up'?)\n"
        )
    }

    @Test("A file edited in place without growing is read in full: the edit may be anywhere")
    func editedInPlace() throws {
        let scratch = try ScratchSite()
        let expected = try build(scratch, into: "first")
        let path = scratch.root.appendingPathComponent(Self.monitors).path
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        // An editor that saves into the same file, far before the end: same inode, same size, same last bytes.
        try overwrite("2026-11-01T04:00:00Z,web-east,UP", at: 36, in: scratch)
        let modified = try #require(attributes[.modificationDate] as? Date).addingTimeInterval(2)
        try FileManager.default.setAttributes([.modificationDate: modified], ofItemAtPath: path)
        let cached = try StatusgenProcess.run(["build", "--source", scratch.root.path, "--now", Self.now])
        #expect(cached.status == 1)
        #expect(
            cached.stderr
                == "monitors/checks.csv:2: unknown value 'UP': expected one of up, degraded, down (did you mean 'up'?)\n"
        )
        // Undone (same bytes again, another time): the same site as before.
        try overwrite("2026-11-01T04:00:00Z,web-east,up", at: 36, in: scratch)
        #expect(try build(scratch, into: "second") == expected)
    }

    @Test("Ignores a damaged cache entry with a warning and reads the file in full")
    func damagedEntry() throws {
        let scratch = try ScratchSite()
        let expected = try build(scratch, into: "first")
        let entry = scratch.root.appendingPathComponent(".statusgen-cache/\(Self.monitors).cache")
        var bytes = try Data(contentsOf: entry)
        bytes[bytes.count / 2] ^= 0xFF
        try bytes.write(to: entry)
        let output = scratch.root.appendingPathComponent("second")
        let result = try StatusgenProcess.run(
            ["build", "--source", scratch.root.path, "--output", output.path, "--now", Self.now])
        #expect(result.status == 0)
        #expect(
            result.stderr
                == ".statusgen-cache/monitors/checks.csv.cache: warning: ignored (the checksum does not match); "
                + "monitors/checks.csv is read in full\n")
        #expect(try scratch.snapshot(of: output).filter { $0.key != ".statusgen-site" }.mapValues(\.0) == expected)
        try Data("garbage".utf8).write(to: entry)
        _ = try build(scratch, into: "third")
        // The damaged entry was replaced by a good one.
        let third = try StatusgenProcess.run(["build", "--source", scratch.root.path, "--now", Self.now])
        #expect(third.stderr == "")
    }
}
