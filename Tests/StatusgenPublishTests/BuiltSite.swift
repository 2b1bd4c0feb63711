import Foundation
import StatusgenBuild
import StatusgenPublish

/// A temporary folder holding a small built site (with the build's marker) and room for targets.
struct BuiltSite {
    let root: URL
    var site: URL { root.appendingPathComponent("site") }

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("statusgen-publish-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: site, withIntermediateDirectories: true)
        try Data("built\n".utf8).write(to: site.appendingPathComponent(SiteWriter.markerName))
    }

    /// Replaces the site's files with `files` (path -> text), as a new build would.
    func write(_ files: [String: String]) throws {
        for name in try FileManager.default.contentsOfDirectory(atPath: site.path) where name != SiteWriter.markerName {
            try FileManager.default.removeItem(at: site.appendingPathComponent(name))
        }
        for (path, text) in files {
            let url = site.appendingPathComponent(path)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
    }

    func snapshot() throws -> SiteSnapshot {
        try SiteSnapshot(folder: site)
    }

    func remove() {
        try? FileManager.default.removeItem(at: root)
    }

    /// The first site of the tests, and the same site after an update that changes, adds and removes a page.
    static let first = [
        "index.html": "<a href=incidents/a.html>a</a>", "style.css": "body{}", "incidents/a.html": "A",
        "incidents/b.html": "B", "api/v2/status.json": "{\"ok\":true}", "feed.atom": "<feed/>",
    ]
    static let second = [
        "index.html": "<a href=incidents/c.html>c</a>", "style.css": "body{}", "incidents/a.html": "A2",
        "incidents/c.html": "C", "api/v2/status.json": "{\"ok\":false}", "feed.atom": "<feed/>",
    ]
}
