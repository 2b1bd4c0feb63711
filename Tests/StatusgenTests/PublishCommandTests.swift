import Foundation
import StatusgenTestSupport
import Testing

@Suite("statusgen publish, run as a command")
struct PublishCommandTests {
    static let now = "2026-11-07T16:00:00Z"

    /// A scratch site built once, whose statusgen.yml ends with `targets` under `publish:`.
    static func builtSite(targets: String) throws -> ScratchSite {
        let scratch = try ScratchSite()
        let config = try String(contentsOf: scratch.root.appendingPathComponent("statusgen.yml"), encoding: .utf8)
        try scratch.write(config + "\npublish:\n" + targets, to: "statusgen.yml")
        let build = try StatusgenProcess.run(["build", "--source", scratch.root.path, "--now", Self.now])
        #expect(build.status == 0, "\(build.stderr)")
        return scratch
    }

    @Test("publishes to a folder and a git branch at once and names each in the summary")
    func twoTargets() throws {
        let scratch = try Self.builtSite(
            targets:
                "  local:\n    kind: directory\n    path: www\n  pages:\n    kind: git\n    repository: ./pages.git\n")
        let bare = Process()
        bare.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        bare.arguments = ["git", "init", "--quiet", "--bare", scratch.root.appendingPathComponent("pages.git").path]
        try bare.run()
        bare.waitUntilExit()
        let result = try StatusgenProcess.run(["publish", "--source", scratch.root.path])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        let files = FileTree.filePaths(in: scratch.site).filter { !$0.hasPrefix(".") }
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 3)
        #expect(lines[0].hasPrefix("local: \(files.count) uploaded, 0 deleted, 0 skipped, "))
        #expect(lines[1].hasPrefix("pages: \(files.count) uploaded, 0 deleted, 0 skipped, "))
        #expect(lines[2].hasPrefix("Published 2 of 2 targets in "))
        #expect(result.stderr == "")
        let www = FileTree.filePaths(in: scratch.root.appendingPathComponent("www")).filter { !$0.hasPrefix(".") }
        #expect(www == files)

        let again = try StatusgenProcess.run(["publish", "--source", scratch.root.path, "--target", "local"])
        #expect(again.stdout.hasPrefix("local: 0 uploaded, 0 deleted, \(files.count) skipped, 0 bytes, "))
    }

    @Test(
        "refuses a site that is not built, a config without targets and an unknown target, with exit 1",
        arguments: [
            (
                ["--target", "locl"], true,
                "error: unknown target 'locl' (did you mean 'local'?): statusgen.yml declares local\n"
            ),
            (
                [], false,
                "error: SITE is not a site built by statusgen (it has no .statusgen-site file): run statusgen build first\n"
            ),
        ])
    func refusals(arguments: [String], build: Bool, message: String) throws {
        let scratch = try ScratchSite()
        let config = try String(contentsOf: scratch.root.appendingPathComponent("statusgen.yml"), encoding: .utf8)
        try scratch.write(config + "\npublish:\n  local:\n    kind: directory\n    path: www\n", to: "statusgen.yml")
        if build { _ = try StatusgenProcess.run(["build", "--source", scratch.root.path, "--now", Self.now]) }
        let result = try StatusgenProcess.run(["publish", "--source", scratch.root.path] + arguments)
        #expect(result.status == 1)
        #expect(result.stdout == "")
        #expect(result.stderr == message.replacingOccurrences(of: "SITE", with: scratch.site.path))
    }

    @Test("a site without publish targets is told where to declare them")
    func noTargets() throws {
        let scratch = try ScratchSite()
        _ = try StatusgenProcess.run(["build", "--source", scratch.root.path, "--now", Self.now])
        let result = try StatusgenProcess.run(["publish", "--source", scratch.root.path])
        #expect(result.status == 1)
        #expect(result.stderr == "error: statusgen.yml: no targets are declared under 'publish:'\n")
    }
}
