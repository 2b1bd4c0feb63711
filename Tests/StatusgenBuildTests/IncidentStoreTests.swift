import Foundation
import StatusgenCore
import StatusgenModel
import StatusgenTestSupport
import Testing

@testable import StatusgenBuild

/// `.statusgen-cache/incidents`: a build or `validate` parses again only the incident files whose bytes
/// changed, and what it reads back from the cache is exactly what parsing gave.
@Suite("Parsed incidents kept between builds")
struct IncidentStoreTests {
    static let now = Date(timeIntervalSince1970: 1_794_067_200)  // 2026-11-07T16:00:00Z

    /// An incident with every field the parser fills in set to something other than its default.
    static let everyField = """
        ---
        title: "Mail delayed: \\"UK\\" region — ünïcödé"
        impact: major
        components:
          mail-inbound: partial_outage
          admin-console: degraded_performance
        affected_text: [Legacy relay, "Fax gateway"]
        notify: false
        ---
        Some mail to UK mailboxes is **delayed**.

        ## 2026-11-05T10:00:00.250Z investigating
        We are looking into it.

        ## 2026-11-05T10:00:00.250Z update (mail-inbound=major_outage, admin-console=operational) (quiet)
        A second note in the same second, with a [link](https://example.com) and `code`.

        ## 2026-11-05T12:30:00+01:00 resolved
        | a | b |
        |---|---|
        | 1 | 2 |

        ## Postmortem
        A disk filled up.
        """

    static let maintenance = """
        ---
        title: Database upgrade
        kind: maintenance
        impact: none
        components:
          admin-console: under_maintenance
        starts: 2026-11-10T22:00:00Z
        ends: 2026-11-11T02:00:00Z
        ---
        The admin console is read-only during the upgrade.
        """

    @Test("An incident read back from the cache is the one parsing gave, field for field")
    func roundTrip() throws {
        let work = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        let parser = IncidentParser(componentIDs: ["mail-inbound", "admin-console"])
        var entries: [String: IncidentMemo.Entry] = [:]
        for (path, text) in [
            ("incidents/2026-11-05-mail-delayed.md", Self.everyField), ("incidents/2026-11-10-db.md", Self.maintenance),
        ] {
            let incident = try parser.parse(path: path, text: text)
            entries[path] = IncidentMemo.Entry(
                digest: InputDigests.digest(of: Data(text.utf8)), outcome: .success(incident))
        }
        let memo = IncidentMemo(
            digest: InputDigests.digest(of:), componentIDs: ["mail-inbound", "admin-console"], entries: entries)
        let store = IncidentStore(root: work)
        let stamp = InputStamp(
            file: FileStamp(
                device: 2049, inode: 1_234_567, size: 812, seconds: 1_794_000_000, nanoseconds: 999_999_999,
                isFolder: false),
            changed: 1_794_000_100_123_456_789)
        let known = KnownFile(stamp: stamp, digest: InputDigests.digest(of: Data(Self.maintenance.utf8)))
        // A stamp of other bytes than those parsed is not kept.
        let stale = KnownFile(stamp: stamp, digest: InputDigests.digest(of: Data("older bytes".utf8)))
        store.save(
            memo, known: ["incidents/2026-11-10-db.md": known, "incidents/2026-11-05-mail-delayed.md": stale],
            over: store.load())
        let stored = store.load()
        #expect(stored.known == ["incidents/2026-11-10-db.md": known])
        let loaded = stored.memo.contents
        #expect(loaded.componentIDs == ["mail-inbound", "admin-console"])
        #expect(loaded.entries.keys.sorted() == entries.keys.sorted())
        for (path, entry) in entries {
            let back = try #require(loaded.entries[path])
            #expect(back.digest == entry.digest)
            // Every stored field, nested ones too, printed: a field the cache forgot would print differently.
            #expect(String(reflecting: try back.outcome.get()) == String(reflecting: try entry.outcome.get()))
        }
        // The example does set every field: none is left at a default value the cache could get right by luck.
        let incident = try #require(try loaded.entries["incidents/2026-11-05-mail-delayed.md"]?.outcome.get())
        #expect(!incident.notify && !incident.affectedText.isEmpty && incident.postmortemHTML != nil)
        #expect(incident.updates.map(\.sameSecondIndex) == [0, 1, 0] && incident.updates[1].quiet)
        #expect(incident.updates[1].componentChanges.map(\.status) == [.majorOutage, .operational])
        #expect(Mirror(reflecting: incident).children.count == 13, "a new field of Incident must be cached too")
        #expect(Mirror(reflecting: incident.updates[0]).children.count == 8, "and of IncidentUpdate")
    }

    @Test("Entries appended to a cache that was replaced in place, under other component ids, are not used")
    func appendAfterReplacement() throws {
        let work = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        let ids = ["mail-inbound", "admin-console"]
        let path = "incidents/2026-11-10-db.md"
        let incident = try IncidentParser(componentIDs: ids).parse(path: path, text: Self.maintenance)
        func memo(_ ids: [String], _ text: String) -> IncidentMemo {
            let entry = IncidentMemo.Entry(
                digest: InputDigests.digest(of: Data(text.utf8)), outcome: .success(incident))
            return IncidentMemo(digest: InputDigests.digest(of:), componentIDs: ids, entries: [path: entry])
        }
        let store = IncidentStore(root: work)
        store.save(memo(ids, Self.maintenance), known: [:], over: store.load())
        let loaded = store.load()
        #expect(!loaded.isToBeRewritten)
        // Meanwhile another build, for a site whose components were renamed, writes the file over in place.
        let other = IncidentStore(root: work.appendingPathComponent("other"))
        other.save(memo(["mail"], Self.maintenance), known: [:], over: other.load())
        let handle = try FileHandle(forWritingTo: store.file)
        try handle.truncate(atOffset: 0)
        try handle.write(contentsOf: try Data(contentsOf: other.file))
        try handle.close()
        // This build, which loaded the first file, appends the file it parsed anew.
        store.save(memo(ids, Self.maintenance + "\nEdited."), known: [:], over: loaded)
        let after = store.load()
        #expect(after.memo.contents.componentIDs == ["mail"])
        #expect(after.memo.contents.entries[path]?.digest == InputDigests.digest(of: Data(Self.maintenance.utf8)))
        #expect(after.isToBeRewritten, "the segment written under the first header ends the reading")
    }

    @Test("A damaged cache, or one cut short, is not read, and is written again whole")
    func damagedCache() throws {
        let work = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        let site = try Self.copy("small", into: work)
        let output = work.appendingPathComponent("output")
        let first = try SiteBuild.run(source: site, output: output, now: Self.now)
        #expect(first.parsedCount == 4)
        let cache = site.appendingPathComponent(IncidentStore.fileName)
        let bytes = try Data(contentsOf: cache)
        // Cut short, a byte added after the last segment (as a build stopped while appending one leaves it),
        // a damaged header.
        for (damaged, parsed) in [
            (bytes.dropLast(7), 4), (bytes + Data([0]), 0),
            (Data(bytes.map { $0 == UInt8(ascii: "e") ? 0xFF : $0 }), 4),
        ] {
            try Data(damaged).write(to: cache)
            let report = try SiteBuild.run(source: site, output: nil, now: Self.now, renders: false)
            #expect(report.parsedCount == parsed)
            #expect(report.diagnostics == first.diagnostics)
            #expect(try Data(contentsOf: cache) == bytes, "the cache is written again whole")
        }
    }

    @Test("Parsing without a build (for notify) gives what parsing every file gives, and leaves the cache as it is")
    func parseOnly() throws {
        let work = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        let site = try Self.copy("small", into: work)
        Self.settle()
        _ = try SiteBuild.run(source: site, output: work.appendingPathComponent("output"), now: Self.now)
        let cache = site.appendingPathComponent(IncidentStore.fileName)
        let stored = try Data(contentsOf: cache)
        // Edited since the last build, as `statusgen update` without --build leaves it.
        let edited = site.appendingPathComponent("incidents/2026-11-05-checkout-errors.md")
        try (try String(contentsOf: edited, encoding: .utf8) + "\n## 2026-11-07T15:00:00Z update\nStill watching.\n")
            .write(to: edited, atomically: true, encoding: .utf8)

        let (_, result) = try SiteBuild.parse(source: site)
        let inputs = try SiteLoader(root: site, usesCache: false).load()
        let everyFile = SiteParser().parse(inputs.files, settings: inputs.settings, monitorFiles: inputs.monitorFiles)
        let incidents = try #require(result.site?.incidents)
        #expect(incidents.count == 4)
        #expect(String(describing: incidents) == String(describing: try #require(everyFile.site?.incidents)))
        let checkout = try #require(incidents.first { $0.id == "2026-11-05-checkout-errors" })
        #expect(checkout.updates.contains { $0.bodyText.contains("Still watching.") })
        #expect(try Data(contentsOf: cache) == stored)
    }

    @Test("A rebuild appends the incidents it parsed anew to the cache, and the last entry of a path wins")
    func rebuildAppends() throws {
        let work = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        let site = try Self.copy("small", into: work)
        Self.settle()
        let output = work.appendingPathComponent("output")
        _ = try SiteBuild.run(source: site, output: output, now: Self.now)
        let cache = site.appendingPathComponent(IncidentStore.fileName)
        let whole = try Data(contentsOf: cache)
        let inode = try FileManager.default.attributesOfItem(atPath: cache.path)[.systemFileNumber] as? Int
        let path = "incidents/2026-11-05-checkout-errors.md"
        let edited = site.appendingPathComponent(path)
        for (round, line) in ["- [ ] Roll back sooner\n", "- [ ] Alert on error rates\n"].enumerated() {
            try (try String(contentsOf: edited, encoding: .utf8) + line).write(
                to: edited, atomically: true, encoding: .utf8)
            let report = try SiteBuild.run(
                source: site, output: output, now: Self.now.addingTimeInterval(Double(60 * (round + 1))))
            #expect(report.parsedCount == 1)
        }
        let appended = try Data(contentsOf: cache)
        #expect(try FileManager.default.attributesOfItem(atPath: cache.path)[.systemFileNumber] as? Int == inode)
        #expect(appended.prefix(whole.count) == whole, "the file is only added to")
        #expect(appended.count < whole.count * 2)
        let stored = IncidentStore(root: site).load()
        let entry = try #require(stored.memo.contents.entries[path])
        #expect(entry.digest == InputDigests.digest(of: try Data(contentsOf: edited)))
        #expect(try entry.outcome.get().updates.count > 0)
        #expect(stored.memo.contents.entries.count == 4)
        // A build that finds nothing new to keep writes nothing.
        Self.settle()
        _ = try SiteBuild.run(source: site, output: output, now: Self.now.addingTimeInterval(600))
        let settled = try Data(contentsOf: cache)
        #expect(settled.count > appended.count, "the edited file's stamp, settled now, is added")
        _ = try SiteBuild.run(source: site, output: output, now: Self.now.addingTimeInterval(660))
        #expect(try Data(contentsOf: cache) == settled)
        #expect(try SiteBuild.run(source: site, output: nil, now: Self.now, renders: false).unreadCount == 4)
    }

    @Test("A rebuild parses only the edited incident; validate uses the same cache")
    func onlyChangedFilesAreParsed() throws {
        let work = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        let site = try Self.copy("small", into: work)
        let output = work.appendingPathComponent("output")
        _ = try SiteBuild.run(source: site, output: output, now: Self.now)
        let edited = site.appendingPathComponent("incidents/2026-11-05-checkout-errors.md")
        try (try String(contentsOf: edited, encoding: .utf8) + "- [ ] Roll back a bad deploy sooner\n")
            .write(to: edited, atomically: true, encoding: .utf8)
        let rebuilt = try SiteBuild.run(source: site, output: output, now: Self.now.addingTimeInterval(60))
        #expect(rebuilt.parsedCount == 1 && !rebuilt.failed)
        let validated = try SiteBuild.run(source: site, output: nil, now: Self.now, renders: false)
        #expect(validated.parsedCount == 0)
        // The edit shows: the cache does not hide it.
        let page = try String(
            contentsOf: output.appendingPathComponent("incidents/2026-11-05-checkout-errors.html"), encoding: .utf8)
        #expect(page.contains("Roll back a bad deploy sooner"))
    }

    @Test("A rebuild does not read the incident files it finds as the last build read them")
    func unchangedFilesAreNotRead() throws {
        let work = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        let site = try Self.copy("small", into: work)
        Self.settle()
        let output = work.appendingPathComponent("output")
        let first = try SiteBuild.run(source: site, output: output, now: Self.now)
        #expect(first.unreadCount == 0 && first.parsedCount == 4)
        let second = try SiteBuild.run(source: site, output: output, now: Self.now.addingTimeInterval(60))
        #expect(second.unreadCount == 4 && second.parsedCount == 0)
        // Written just now: read, and read again by the next build, since a stamp taken in the same instant
        // as a write cannot tell it from a later one.
        let path = "incidents/2026-11-05-checkout-errors.md"
        let edited = site.appendingPathComponent(path)
        try (try String(contentsOf: edited, encoding: .utf8) + "- [ ] Roll back a bad deploy sooner\n")
            .write(to: edited, atomically: false, encoding: .utf8)
        let third = try SiteBuild.run(source: site, output: output, now: Self.now.addingTimeInterval(120))
        #expect(third.unreadCount == 3 && third.parsedCount == 1)
        let page = output.appendingPathComponent("incidents/2026-11-05-checkout-errors.html")
        #expect(try String(contentsOf: page, encoding: .utf8).contains("Roll back a bad deploy sooner"))
        Self.settle()
        let fourth = try SiteBuild.run(source: site, output: output, now: Self.now.addingTimeInterval(180))
        #expect(fourth.unreadCount == 3 && fourth.parsedCount == 0)
        let validated = try SiteBuild.run(source: site, output: nil, now: Self.now, renders: false)
        #expect(validated.unreadCount == 4 && validated.parsedCount == 0 && !validated.failed)
        // Changed in place to bytes of the same size, its modification time then put back (as `touch -r`
        // does): only the inode's change time tells, and it does.
        var before = stat()
        try #require(stat(edited.path, &before) == 0)
        let text = try String(contentsOf: edited, encoding: .utf8)
        try text.replacingOccurrences(of: "sooner", with: "faster").write(
            to: edited, atomically: false, encoding: .utf8)
        let times = [before.st_atim, before.st_mtim]
        try #require(utimensat(AT_FDCWD, edited.path, times, 0) == 0)
        var after = stat()
        try #require(stat(edited.path, &after) == 0)
        #expect(FileStamp(after) == FileStamp(before), "the stamp of the record and page cache cannot tell")
        let fifth = try SiteBuild.run(source: site, output: output, now: Self.now.addingTimeInterval(240))
        #expect(fifth.unreadCount == 3 && fifth.parsedCount == 1)
        #expect(try String(contentsOf: page, encoding: .utf8).contains("Roll back a bad deploy faster"))
        // Gone: not taken from the cache.
        try FileManager.default.removeItem(at: edited)
        let sixth = try SiteBuild.run(source: site, output: output, now: Self.now.addingTimeInterval(300))
        #expect(sixth.unreadCount == 3 && !sixth.failed)
        #expect(!FileManager.default.fileExists(atPath: page.path))
    }

    @Test("Builds in memory, as `serve` runs them, do not read unchanged incident files either")
    func memoryKeepsStamps() throws {
        let work = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        let site = try Self.copy("small", into: work)
        Self.settle()
        let memory = BuildMemory()
        let first = try SiteBuild.run(source: site, output: nil, now: Self.now, memory: memory)
        #expect(first.unreadCount == 0)
        let edited = site.appendingPathComponent("incidents/2026-11-05-checkout-errors.md")
        try (try String(contentsOf: edited, encoding: .utf8) + "- [ ] Page the on-call sooner\n")
            .write(to: edited, atomically: true, encoding: .utf8)
        let second = try SiteBuild.run(source: site, output: nil, now: Self.now, memory: memory)
        #expect(second.unreadCount == 3)
        let page = try #require(second.outputs?.first { $0.path == "incidents/2026-11-05-checkout-errors.html" })
        #expect(String(decoding: page.contents, as: UTF8.self).contains("Page the on-call sooner"))
        // Nothing is written into the site's cache by builds in memory.
        #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent(IncidentStore.fileName).path))
    }

    @Test("When the site's components change, cached incidents are checked against them again")
    func componentChangeParsesAgain() throws {
        let work = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        let site = try Self.copy("small", into: work)
        // Left to settle, so that the incident files are kept with their stamps, yet read again.
        Self.settle()
        _ = try SiteBuild.run(source: site, output: nil, now: Self.now, renders: false)
        #expect(try SiteBuild.run(source: site, output: nil, now: Self.now, renders: false).unreadCount == 4)
        let incident = try String(
            contentsOf: site.appendingPathComponent("incidents/2026-11-07-website-down.md"), encoding: .utf8)
        let config = site.appendingPathComponent(SiteLayout.configPath)
        let text = try String(contentsOf: config, encoding: .utf8)
        // Renames the first component the incident names: the incident now names one the site lacks.
        let id = try #require(
            incident.split(separator: "\n").first { $0.hasPrefix("  ") && $0.contains(":") }?
                .split(separator: ":").first?.trimmingCharacters(in: .whitespaces))
        try text.replacingOccurrences(of: "id: \(id)\n", with: "id: \(id)-renamed\n")
            .write(to: config, atomically: true, encoding: .utf8)
        let report = try SiteBuild.run(source: site, output: nil, now: Self.now, renders: false)
        #expect(report.parsedCount == 4 && report.unreadCount == 0)
        #expect(report.diagnostics.contains { $0.severity == .error && $0.message.contains("'\(id)'") })
    }

    /// Waits until what was just written is more than two seconds old: a build keeps the stamps of
    /// incident files written before then only.
    private static func settle() {
        Thread.sleep(forTimeInterval: 2.1)
    }

    private static func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "incident-store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    private static func copy(_ name: String, into work: URL) throws -> URL {
        let site = work.appendingPathComponent("site")
        try FileManager.default.copyItem(at: GoldenSiteTests.sitesFolder.appendingPathComponent(name), to: site)
        try FileManager.default.removeItem(at: site.appendingPathComponent("expected"))
        return site
    }
}
