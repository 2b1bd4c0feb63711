import Foundation
import StatusgenTestSupport
import Testing

/// The hostile-input corpus: each folder of `Hostile/` is a change to the small fixture site (`files/`
/// to add or replace, `remove.txt`, `links.txt` with `PATH -> TARGET` symbolic links) with the exact
/// stderr (`SITE` for the site's folder) and exit code of `statusgen build` on the changed site, or of
/// the commands in `command.txt` (one a line, arguments split at spaces, `SITE` for the site's folder;
/// the stderr of all, the exit code of the last). A refused command leaves every file of the site,
/// inputs and the site built before it, byte for byte; an accepted one with a `payload.txt`
/// (a line of file extensions, then the payload) must not have the payload raw in any output file of
/// those kinds: markup in HTML, XML and SVG; a JSON breaker in JSON too; a line break in iCalendar.
///
/// `STATUSGEN_RECORD=1` records the expected files from the built binary and fails, so that each
/// re-record is reviewed.
// One case at a time: each blocks a thread while the binary runs, and many at once would starve the
// tests that wait on timers of the few threads Swift Testing has.
@Suite("Hostile inputs, run as a command", .serialized)
struct HostileInputTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Hostile")
    static let now = "2026-11-07T16:00:00Z"

    static var cases: [String] {
        // Each case is a folder; README.md says which case covers which finding.
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { !$0.hasSuffix(".md") }.sorted()
    }

    @Test("gives the exact diagnostics and leaves the old site byte for byte", arguments: cases)
    func hostileInput(name: String) throws {
        let (scratch, _) = try BuildCommandTests.builtSite()
        let folder = Self.folder.appendingPathComponent(name)
        try apply(folder, to: scratch.root)
        let commands = try lines(of: folder.appendingPathComponent("command.txt")).map {
            $0.split(separator: " ").map { $0.replacingOccurrences(of: "SITE", with: scratch.root.path) }
        }
        var stderr = ""
        var inputs: [String: (Data, UInt64)] = [:]  // the site before the last command
        var result = StatusgenProcess.Output(status: 0, stdout: "", stderr: "")
        for arguments in commands.isEmpty ? [["build", "--source", scratch.root.path, "--now", Self.now]] : commands {
            inputs = try files(of: scratch.root)
            result = try StatusgenProcess.run(arguments)
            stderr += result.stderr.replacingOccurrences(of: scratch.root.path, with: "SITE")
        }
        let expectedStderr = folder.appendingPathComponent("expected-stderr.txt")
        let expectedExit = folder.appendingPathComponent("expected-exit.txt")
        if ProcessInfo.processInfo.environment["STATUSGEN_RECORD"] != nil {
            try Data(stderr.utf8).write(to: expectedStderr)
            try Data("\(result.status)\n".utf8).write(to: expectedExit)
            Issue.record("recorded \(name); review the change and run the tests again")
            return
        }
        #expect(result.stdout.isEmpty || result.status == 0, "\(result.stdout)")
        #expect(stderr == (try String(contentsOf: expectedStderr, encoding: .utf8)))
        #expect("\(result.status)\n" == (try String(contentsOf: expectedExit, encoding: .utf8)))
        if result.status != 0 {
            let after = try files(of: scratch.root)
            #expect(after.keys.sorted() == inputs.keys.sorted())
            for (path, file) in inputs {
                #expect(after[path]?.0 == file.0 && after[path]?.1 == file.1, "\(path) changed")
            }
        }
        if result.status == 0, let payload = try? Data(contentsOf: folder.appendingPathComponent("payload.txt")) {
            // The first line names the formats in which the payload would be live or break the file.
            let newline = payload.firstIndex(of: UInt8(ascii: "\n")) ?? payload.endIndex
            let kinds = String(decoding: payload[..<newline], as: UTF8.self).split(separator: " ").map(String.init)
            let text = payload[payload.index(after: newline)...]
            for (path, file) in try scratch.snapshot(of: scratch.site)
            where kinds.contains(URL(fileURLWithPath: path).pathExtension) {
                #expect(file.0.range(of: text) == nil, "\(path) holds the payload raw")
            }
        }
    }

    /// Changes the site at `root` as the case in `folder` says.
    private func apply(_ folder: URL, to root: URL) throws {
        let manager = FileManager.default
        let files = folder.appendingPathComponent("files")
        for path in FileTree.filePaths(in: files) {
            let target = root.appendingPathComponent(path)
            try manager.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            try? manager.removeItem(at: target)
            try manager.copyItem(at: files.appendingPathComponent(path), to: target)
        }
        for path in try lines(of: folder.appendingPathComponent("remove.txt")) {
            try manager.removeItem(at: root.appendingPathComponent(path))
        }
        for line in try lines(of: folder.appendingPathComponent("links.txt")) {
            let parts = line.components(separatedBy: " -> ")
            let link = root.appendingPathComponent(parts[0])
            try manager.createDirectory(at: link.deletingLastPathComponent(), withIntermediateDirectories: true)
            try? manager.removeItem(at: link)
            try manager.createSymbolicLink(atPath: link.path, withDestinationPath: parts[1])
        }
    }

    /// Every file of the site at `root` but the monitor cache (which a refused build may still bring up
    /// to date): relative path -> (bytes, inode), with a symbolic link's target as its bytes.
    private func files(of root: URL) throws -> [String: (Data, UInt64)] {
        var result: [String: (Data, UInt64)] = [:]
        for path in FileTree.filePaths(in: root) where !path.hasPrefix(".statusgen-cache/") {
            let url = root.appendingPathComponent(path)
            let attributes = try FileManager.default.attributesOfItem(atPath: url.path)
            let inode = (attributes[.systemFileNumber] as? NSNumber)?.uint64Value ?? 0
            if attributes[.type] as? FileAttributeType == .typeSymbolicLink {
                result[path] = (Data(try FileManager.default.destinationOfSymbolicLink(atPath: url.path).utf8), inode)
            } else {
                result[path] = (try Data(contentsOf: url), inode)
            }
        }
        return result
    }

    private func lines(of file: URL) throws -> [String] {
        guard FileManager.default.fileExists(atPath: file.path) else { return [] }
        return try String(contentsOf: file, encoding: .utf8).split(separator: "\n").map(String.init)
    }
}
