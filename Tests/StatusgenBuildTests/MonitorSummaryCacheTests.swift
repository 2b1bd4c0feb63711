import Foundation
import StatusgenBuild
import StatusgenCore
import StatusgenModel
import StatusgenTestSupport
import Testing

/// A rebuild whose monitor files and monitoring settings did not change takes each monitor's summary from
/// `.statusgen-cache/monitor-summaries` and totals no monitor rows, yet writes what a clean build writes.
@Suite("Monitor summaries kept between builds")
struct MonitorSummaryCacheTests {
    /// A copy of the golden `small` site in a folder of its own, built into `output` and compared with
    /// clean builds into `clean`.
    struct Workspace {
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("summaries-\(UUID().uuidString)")
        var site: URL { work.appendingPathComponent("site") }
        var output: URL { work.appendingPathComponent("output") }
        var clean: URL { work.appendingPathComponent("clean") }
        var cacheFile: URL { site.appendingPathComponent(".statusgen-cache/monitor-summaries") }
        var now = Date(timeIntervalSince1970: 1_794_067_200)  // 2026-11-07T16:00:00Z

        init() throws {
            try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: GoldenSiteTests.sitesFolder.appendingPathComponent("small"), to: site)
            try FileManager.default.removeItem(at: site.appendingPathComponent("expected"))
            try settle(MonitorSummaryCacheTests.checksPath)
        }

        /// Dates the file at `path` a minute back, as a monitor file is when a build runs some time
        /// after its last row: one written in the last two seconds is read again by the next build.
        func settle(_ path: String) throws {
            try FileManager.default.setAttributes(
                [.modificationDate: Date().addingTimeInterval(-60)],
                ofItemAtPath: site.appendingPathComponent(path).path)
        }

        func remove() {
            try? FileManager.default.removeItem(at: work)
        }

        /// A build into `output` with the cache, checked against a build from nothing (no cache, empty
        /// output folder): the same files, byte for byte, and the same problems apart from `cacheWarnings`.
        func build(sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> BuildReport {
            let report = try SiteBuild.run(source: site, output: output, now: now)
            try? FileManager.default.removeItem(at: clean)
            let full = try SiteBuild.run(source: site, output: clean, now: now, usesCache: false)
            #expect(!report.failed && !full.failed, sourceLocation: sourceLocation)
            #expect(!report.isUnchanged, "a build that found nothing changed", sourceLocation: sourceLocation)
            let cacheWarnings = report.diagnostics.filter { $0.location.path.hasPrefix(SiteLayout.cacheFolder) }
            #expect(report.diagnostics.filter { !cacheWarnings.contains($0) } == full.diagnostics)
            let paths = FileTree.filePaths(in: clean)
            try #require(FileTree.filePaths(in: output) == paths, sourceLocation: sourceLocation)
            for path in paths {
                let same =
                    try Data(contentsOf: output.appendingPathComponent(path))
                    == Data(contentsOf: clean.appendingPathComponent(path))
                #expect(same, "\(path) differs from a clean build", sourceLocation: sourceLocation)
            }
            return report
        }

        func append(_ text: String, to path: String) throws {
            let handle = try FileHandle(forWritingTo: site.appendingPathComponent(path))
            defer { try? handle.close() }
            try handle.seekToEnd()
            try handle.write(contentsOf: Data(text.utf8))
        }

        /// Adds a line to an incident, so that the next build is not one that finds nothing changed.
        func editIncident() throws {
            try append(
                "\nMore in the next update (\(UUID().uuidString)).\n", to: "incidents/2026-11-05-checkout-errors.md")
        }

        func write(_ text: String, to path: String) throws {
            try Data(text.utf8).write(to: site.appendingPathComponent(path))
        }

        func replace(_ old: String, with new: String, in path: String) throws {
            let url = site.appendingPathComponent(path)
            let text = try String(contentsOf: url, encoding: .utf8)
            #expect(text.contains(old))
            try Data(text.replacingOccurrences(of: old, with: new).utf8).write(to: url)
        }
    }

    static let monitorCount = 2
    static let checksPath = "monitors/checks.csv"
    static let configPath = "statusgen.yml"

    @Test("After an incident is edited and a maintenance added, no monitor is totalled and the site is the same")
    func incidentEdits() throws {
        let space = try Workspace()
        defer { space.remove() }
        #expect(try space.build().monitorWork == Self.monitorCount)
        try space.replace(
            "We are looking into it.", with: "We are looking into it; card payments are slow.",
            in: "incidents/2026-11-05-checkout-errors.md")
        #expect(try space.build().monitorWork == 0)
        // A maintenance in the days the monitors cover: its window is cut out of the day totals the
        // summaries give, as it is out of those made from the rows.
        try space.write(
            """
            ---
            title: Payment gateway patch
            kind: maintenance
            components:
              checkout: under_maintenance
            starts: 2026-11-03T09:00:00Z
            ends: 2026-11-03T11:30:00Z
            ---
            ## 2026-11-02T12:00:00Z scheduled
            We will patch the payment gateway.

            """, to: "incidents/2026-11-03-gateway-patch.md")
        #expect(try space.build().monitorWork == 0)
    }

    @Test("Rows appended to a monitor file are read and totalled")
    func appendedRows() throws {
        let space = try Workspace()
        defer { space.remove() }
        _ = try space.build()
        // A row after the build's moment: not yet known for uptime, but counted on today's bar.
        try space.append("2026-11-07T16:01:00Z,pay-east,down,\n", to: Self.checksPath)
        // Read at once, the file is not trusted by its stamp: the next build reads it again.
        #expect(try space.build().monitorWork == Self.monitorCount)
        try space.editIncident()
        #expect(try space.build().monitorWork == Self.monitorCount)
        try space.settle(Self.checksPath)
        try space.editIncident()
        #expect(try space.build().monitorWork == Self.monitorCount)
        try space.editIncident()
        #expect(try space.build().monitorWork == 0)
    }

    @Test("A later moment moves the kept summaries on; an earlier one than the last row makes them again")
    func clockMoves() throws {
        var space = try Workspace()
        defer { space.remove() }
        _ = try space.build()
        // The last rows are at 16:00 and the gap limit is an hour: the last check stands until the moment,
        // then for the whole hour.
        for minutes in [15, 40, 180, 24 * 60 + 1] {
            space.now = Date(timeIntervalSince1970: 1_794_067_200 + Double(minutes) * 60)
            #expect(try space.build().monitorWork == 0, "\(minutes) minutes later")
        }
        space.now = Date(timeIntervalSince1970: 1_794_067_200 - 15 * 60)
        #expect(try space.build().monitorWork == Self.monitorCount)
        space.now = Date(timeIntervalSince1970: 1_794_067_200 + 10 * 60)
        #expect(try space.build().monitorWork == Self.monitorCount)
        space.now = Date(timeIntervalSince1970: 1_794_067_200 + 5 * 60)
        #expect(try space.build().monitorWork == 0)
    }

    @Test("Another timezone, gap limit, outage length or list of a component's monitors makes the summaries again")
    func settingsChanges() throws {
        let space = try Workspace()
        defer { space.remove() }
        _ = try space.build()
        try space.replace("timezone: America/New_York", with: "timezone: Europe/Paris", in: Self.configPath)
        #expect(try space.build().monitorWork == Self.monitorCount)
        try space.replace("gap_limit_minutes: 60", with: "gap_limit_minutes: 20", in: Self.configPath)
        #expect(try space.build().monitorWork == Self.monitorCount)
        try space.replace("outage_min_checks: 2", with: "outage_min_checks: 3", in: Self.configPath)
        #expect(try space.build().monitorWork == Self.monitorCount)
        // Outages name the components that list their monitor.
        try space.replace(
            "    name: Support desk", with: "    name: Support desk\n    monitors: [pay-east]", in: Self.configPath)
        #expect(try space.build().monitorWork == Self.monitorCount)
        // A setting the summaries do not depend on keeps them.
        try space.replace("title: Acme Status", with: "title: Acme Status Page", in: Self.configPath)
        #expect(try space.build().monitorWork == 0)
    }

    @Test("A deleted, damaged or cut cache file only means the summaries are made again")
    func damagedCache() throws {
        let space = try Workspace()
        defer { space.remove() }
        _ = try space.build()
        try FileManager.default.removeItem(at: space.cacheFile)
        try space.editIncident()
        #expect(try space.build().monitorWork == Self.monitorCount)
        let stored = try Data(contentsOf: space.cacheFile)
        var flipped = stored
        flipped[stored.count / 2] ^= 1
        for damaged in [stored.prefix(stored.count / 2), flipped] {
            try Data(damaged).write(to: space.cacheFile)
            try space.editIncident()
            let report = try space.build()
            #expect(report.monitorWork == Self.monitorCount)
            #expect(
                report.diagnostics.map(\.description).contains {
                    $0.hasPrefix(".statusgen-cache/monitor-summaries: warning: ignored (")
                }, "\(report.diagnostics)")
        }
        try space.editIncident()
        #expect(try space.build().monitorWork == 0)
    }
}
