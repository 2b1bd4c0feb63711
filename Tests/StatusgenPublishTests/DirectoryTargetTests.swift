import Foundation
import StatusgenCore
import StatusgenPublish
import StatusgenTestSupport
import Testing

@Suite("Publishing to a folder")
struct DirectoryTargetTests {
    @Test("the folder holds the site after the first publish and after an update, sending only what changed")
    func publishAndUpdate() async throws {
        let built = try BuiltSite()
        defer { built.remove() }
        let live = built.root.appendingPathComponent("www/status")
        let target = DirectoryTarget(name: "local", folder: live)

        try built.write(BuiltSite.first)
        let first = await Publisher(site: try built.snapshot()).publish(to: target)
        #expect(first.failure == nil)
        #expect((first.uploaded, first.deleted, first.skipped) == (6, 0, 0))
        #expect(
            FileTree.filePaths(in: live)
                == (BuiltSite.first.keys + [".statusgen-manifest.json", ".statusgen-site"]).sorted())

        try built.write(BuiltSite.second)
        let second = await Publisher(site: try built.snapshot()).publish(to: target)
        #expect(second.failure == nil)
        #expect((second.uploaded, second.deleted, second.skipped) == (4, 1, 2))
        for (path, text) in BuiltSite.second {
            #expect(try String(contentsOf: live.appendingPathComponent(path), encoding: .utf8) == text)
        }
        #expect(!FileManager.default.fileExists(atPath: live.appendingPathComponent("incidents/b.html").path))
        let stored = try Data(contentsOf: live.appendingPathComponent(PublishManifest.fileName))
        #expect(PublishManifest(json: stored) == (try built.snapshot()).manifest)

        let again = await Publisher(site: try built.snapshot()).publish(to: target)
        #expect((again.uploaded, again.deleted, again.skipped, again.failure) == (0, 0, 6, nil))
        // Nothing but the lock file is left beside the live folder.
        let beside = try FileManager.default.contentsOfDirectory(atPath: live.deletingLastPathComponent().path)
        #expect(beside.sorted() == [".status.publish-lock", "status"])
    }

    @Test("a page removed from the folder by hand is sent again: the next publish sends every file, once")
    func repairsMissingFile() async throws {
        let built = try BuiltSite()
        defer { built.remove() }
        let live = built.root.appendingPathComponent("www/status")
        let target = DirectoryTarget(name: "local", folder: live)
        try built.write(BuiltSite.first)
        #expect(await Publisher(site: try built.snapshot()).publish(to: target).failure == nil)

        try FileManager.default.removeItem(at: live.appendingPathComponent("index.html"))
        let repaired = await Publisher(site: try built.snapshot()).publish(to: target)
        #expect(repaired.failure == nil)
        #expect(repaired.isLive && repaired.isResent)
        #expect((repaired.uploaded, repaired.skipped) == (6, 0))
        #expect(repaired.line.contains("(all sent again: the target did not hold what its manifest said)"))
        #expect(
            try String(contentsOf: live.appendingPathComponent("index.html"), encoding: .utf8)
                == BuiltSite.first["index.html"])
        let again = await Publisher(site: try built.snapshot()).publish(to: target)
        #expect((again.uploaded, again.skipped, again.isResent, again.failure) == (0, 6, false, nil))
    }

    @Test("a file another hand put into the published folder is kept, while a page the site dropped goes")
    func keepsForeignFiles() async throws {
        let built = try BuiltSite()
        defer { built.remove() }
        let live = built.root.appendingPathComponent("www/status")
        let target = DirectoryTarget(name: "local", folder: live)
        try built.write(BuiltSite.first)
        #expect(await Publisher(site: try built.snapshot()).publish(to: target).failure == nil)
        // A host's verification files, at the top and in a folder of their own.
        try Data("google-site-verification: google123.html".utf8).write(
            to: live.appendingPathComponent("google123.html"))
        try FileManager.default.createDirectory(
            at: live.appendingPathComponent(".well-known"), withIntermediateDirectories: true)
        try Data("token".utf8).write(to: live.appendingPathComponent(".well-known/acme"))

        try built.write(BuiltSite.second)
        let second = await Publisher(site: try built.snapshot()).publish(to: target)
        #expect(second.failure == nil && second.deleted == 1)
        #expect(!FileManager.default.fileExists(atPath: live.appendingPathComponent("incidents/b.html").path))
        #expect(
            try String(contentsOf: live.appendingPathComponent("google123.html"), encoding: .utf8)
                == "google-site-verification: google123.html")
        #expect(try String(contentsOf: live.appendingPathComponent(".well-known/acme"), encoding: .utf8) == "token")
    }

    @Test("a folder with files statusgen did not publish is refused and left as it was")
    func refusesForeignFolder() async throws {
        let built = try BuiltSite()
        defer { built.remove() }
        try built.write(BuiltSite.first)
        let live = built.root.appendingPathComponent("www")
        try FileManager.default.createDirectory(at: live, withIntermediateDirectories: true)
        try Data("mine".utf8).write(to: live.appendingPathComponent("notes.txt"))
        let report = await Publisher(site: try built.snapshot()).publish(
            to: DirectoryTarget(name: "local", folder: live))
        #expect(report.failure?.hasPrefix("refusing to replace \(live.path)") == true)
        #expect(FileTree.filePaths(in: live) == ["notes.txt"])
    }

    @Test("a folder without the build's marker is not a site to publish")
    func refusesUnbuiltSite() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("statusgen-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(throws: (any Error).self) { try SiteSnapshot(folder: folder) }
    }

    @Test("a dry run plans and sends nothing")
    func dryRun() async throws {
        let built = try BuiltSite()
        defer { built.remove() }
        try built.write(BuiltSite.first)
        let live = built.root.appendingPathComponent("www")
        let report = await Publisher(site: try built.snapshot(), dryRun: true)
            .publish(to: DirectoryTarget(name: "local", folder: live))
        #expect((report.uploaded, report.failure) == (6, nil))
        #expect(report.line.hasPrefix("local: 6 to upload, 0 to delete, 0 unchanged, "), "\(report.line)")
        #expect(!FileManager.default.fileExists(atPath: live.path))
        // Not even the lock file beside it.
        let beside = try FileManager.default.contentsOfDirectory(atPath: built.root.path)
        #expect(beside.allSatisfy { !$0.hasSuffix("lock") }, "\(beside)")
    }
}
