import Foundation
import StatusgenCore
import StatusgenPublish
import Testing

@Suite("The publish plan")
struct PublishPlanTests {
    static func entry(_ text: String) -> ManifestEntry {
        ManifestEntry(size: text.count, sha256: String(repeating: String(text.prefix(1)), count: 64))
    }

    static func manifest(_ files: [String: String]) -> PublishManifest {
        PublishManifest(files: files.mapValues(entry))
    }

    @Test("new and changed files go assets first, then pages, then feeds and the API, index.html last")
    func order() {
        let site = Self.manifest([
            "index.html": "b", "style.css": "a", "incidents/2026-11-20-web.html": "a", "feed.atom": "a",
            "api/v2/status.json": "b", "history/index.html": "a", "404.html": "a", "maintenance.ics": "a",
            "badges/mail.svg": "a", "assets/logo.svg": "a", "components/web/index.html": "a",
        ])
        let plan = PublishPlanner.plan(site: site, target: PublishManifest())
        #expect(
            plan.uploads.map(\.path) == [
                "assets/logo.svg", "style.css",
                "404.html", "components/web/index.html", "history/index.html", "incidents/2026-11-20-web.html",
                "api/v2/status.json", "badges/mail.svg", "feed.atom", "maintenance.ics",
                "index.html",
            ])
        #expect(plan.deletes.isEmpty)
        #expect(plan.uploadBytes == 11)
    }

    @Test("unchanged files are skipped and files that left the site are deleted, after everything else")
    func onlyWhatChanged() {
        let target = Self.manifest(["index.html": "a", "style.css": "a", "incidents/old.html": "a", "feed.rss": "a"])
        let site = Self.manifest(["index.html": "b", "style.css": "a", "incidents/new.html": "a", "feed.rss": "a"])
        let plan = PublishPlanner.plan(site: site, target: target)
        #expect(plan.uploads.map(\.path) == ["incidents/new.html", "index.html"])
        #expect(plan.unchanged == ["feed.rss", "style.css"])
        #expect(plan.deletes == ["incidents/old.html"])
        #expect(plan.changedPaths == ["incidents/new.html", "index.html", "incidents/old.html"])
        #expect(!plan.isEmpty)
        #expect(PublishPlanner.plan(site: site, target: site).isEmpty)
    }

    @Test("a target whose manifest is unknown gets every file and loses none")
    func unknownTarget() {
        let site = Self.manifest(["index.html": "a", "style.css": "a"])
        let plan = PublishPlanner.plan(site: site, target: nil)
        #expect(plan.uploads.count == 2)
        #expect(plan.deletes.isEmpty && plan.unchanged.isEmpty)
    }

    @Test("runs of uploads never cross a stage, and the manifest kept meanwhile holds old and sent files")
    func batches() {
        let target = Self.manifest(["index.html": "a", "gone.html": "a"])
        var files: [String: String] = ["index.html": "b", "style.css": "a", "feed.rss": "a"]
        for number in 0..<5 { files["incidents/\(number).html"] = "a" }
        let plan = PublishPlanner.plan(site: Self.manifest(files), target: target)
        #expect(plan.batches(of: 3) == [0..<1, 1..<4, 4..<6, 6..<7, 7..<8])
        let meanwhile = plan.manifest(afterUploading: 4)
        #expect(meanwhile.files["gone.html"] == Self.entry("a"))
        #expect(meanwhile.files["index.html"] == Self.entry("a"))
        #expect(meanwhile.files["incidents/2.html"] == Self.entry("a"))
        #expect(meanwhile.files["incidents/3.html"] == nil)
        #expect(plan.manifest(afterUploading: plan.uploads.count).files["index.html"] == Self.entry("b"))
        #expect(plan.after == Self.manifest(files))
    }

    @Test("the manifest reads back what it wrote, and torn or foreign bytes are not trusted")
    func manifestJSON() {
        let manifest = Self.manifest(["index.html": "a", "api/v2/status.json": "b"])
        let data = manifest.encoded()
        #expect(PublishManifest(json: data) == manifest)
        #expect(PublishManifest(json: data.prefix(data.count - 3)) == nil)
        #expect(PublishManifest(json: Data("{\"files\":{}}".utf8)) == nil)
        #expect(String(decoding: data, as: UTF8.self).contains("\"api/v2/status.json\""))
    }

    @Test("changed URLs list each path under the base URL, and folders' index pages by the folder too")
    func changedURLs() {
        #expect(
            ChangedURLs.list(["index.html", "history/index.html", "feed.atom"], baseURL: "https://s.example.com/")
                == """
                https://s.example.com/
                https://s.example.com/feed.atom
                https://s.example.com/history/
                https://s.example.com/history/index.html
                https://s.example.com/index.html

                """)
    }
}
