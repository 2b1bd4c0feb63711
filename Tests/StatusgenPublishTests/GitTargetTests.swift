import Foundation
import StatusgenCore
import StatusgenPublish
import StatusgenTestSupport
import Testing

@Suite("Publishing to a git branch")
struct GitTargetTests {
    /// Runs git in `folder` and returns what it printed.
    @discardableResult
    static func git(_ arguments: [String], in folder: URL) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + arguments
        process.currentDirectoryURL = folder
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    /// The files of `branch` in the bare repository, path -> text.
    static func branchFiles(_ branch: String, in repository: URL) throws -> [String: String] {
        var files: [String: String] = [:]
        for path in try git(["ls-tree", "-r", "--name-only", branch], in: repository).split(separator: "\n") {
            files[String(path)] = try git(["show", "\(branch):\(path)"], in: repository)
        }
        return files
    }

    @Test(
        "the pushed branch equals the site, with .nojekyll and the branch's CNAME kept; the commit counts what it removes"
    )
    func publishAndUpdate() async throws {
        let built = try BuiltSite()
        defer { built.remove() }
        let repository = built.root.appendingPathComponent("pages.git")
        try FileManager.default.createDirectory(at: repository, withIntermediateDirectories: true)
        try Self.git(["init", "--quiet", "--bare"], in: repository)
        let target = GitTarget(
            name: "pages", repository: repository.path, branch: "gh-pages",
            workFolder: built.root.appendingPathComponent("clone"))

        try built.write(BuiltSite.first)
        let first = await Publisher(site: try built.snapshot()).publish(to: target)
        #expect(first.failure == nil)
        #expect(first.uploaded == 6)
        var pushed = try Self.branchFiles("gh-pages", in: repository)
        #expect(pushed[".nojekyll"] == "")
        #expect(pushed.filter { !$0.key.hasPrefix(".") } == BuiltSite.first)

        // The operator adds a custom domain on the branch itself, as GitHub's settings page does.
        let other = built.root.appendingPathComponent("other")
        try Self.git(["clone", "--quiet", "--branch", "gh-pages", repository.path, other.path], in: built.root)
        try Data("status.example.com\n".utf8).write(to: other.appendingPathComponent("CNAME"))
        // And a file of its own, which the branch does not keep: the next commit counts it as removed.
        try Data("x\n".utf8).write(to: other.appendingPathComponent("extra.txt"))
        try Self.git(["add", "CNAME", "extra.txt"], in: other)
        try Self.git(["-c", "user.name=t", "-c", "user.email=t@localhost", "commit", "-q", "-m", "CNAME"], in: other)
        try Self.git(["push", "-q", "origin", "gh-pages"], in: other)

        try built.write(BuiltSite.second)
        let second = await Publisher(site: try built.snapshot()).publish(to: target)
        #expect(second.failure == nil)
        #expect((second.uploaded, second.deleted, second.skipped) == (4, 1, 2))
        pushed = try Self.branchFiles("gh-pages", in: repository)
        #expect(pushed["CNAME"] == "status.example.com\n")
        #expect(pushed["extra.txt"] == nil)
        let message = try Self.git(["log", "-1", "--format=%s", "gh-pages"], in: repository)
        #expect(message == "Publish the status site: 4 files changed, 2 removed\n")
        #expect(pushed.filter { !$0.key.hasPrefix(".") && $0.key != "CNAME" } == BuiltSite.second)
        let manifest = PublishManifest(json: Data((pushed[PublishManifest.fileName] ?? "").utf8))
        #expect(manifest == (try built.snapshot()).manifest)
    }

    @Test("a repository that does not exist fails the target with git's own words, naming it, on one line")
    func missingRepository() async throws {
        let built = try BuiltSite()
        defer { built.remove() }
        try built.write(BuiltSite.first)
        let target = GitTarget(
            name: "pages", repository: built.root.appendingPathComponent("none.git").path, branch: "gh-pages",
            workFolder: built.root.appendingPathComponent("clone"))
        let report = await Publisher(site: try built.snapshot()).publish(to: target)
        let failure = try #require(report.failure)
        #expect(failure.hasPrefix("git exited with status 128: fatal: "))
        // git's line that names the repository, not only its advice after it.
        #expect(failure.contains("none.git' does not appear to be a git repository"))
        #expect(!failure.contains("\n"))
    }
}
