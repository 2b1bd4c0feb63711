import Foundation
import Testing

/// Files and checks shared by the tests of the commands that write incident files.
enum AuthoringFiles {
    /// Hand-checked incident files: what `new` writes, and a hand-written file before and after `update` and `resolve`.
    static let folder = TestSites.folder.appendingPathComponent("authoring")

    static func golden(_ name: String) throws -> String {
        try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
    }

    static func text(_ scratch: ScratchSite, _ path: String) throws -> String {
        try String(contentsOf: scratch.root.appendingPathComponent(path), encoding: .utf8)
    }

    /// The names in `incidents/`, sorted, hidden ones included, to see that nothing was added or left behind.
    static func incidentNames(_ scratch: ScratchSite) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: scratch.root.appendingPathComponent("incidents").path)
            .sorted()
    }

    /// The lines `git diff` shows as removed (`-`) and added (`+`) from `old` to `new`, without the headers.
    static func gitDiff(from old: String, to new: String) throws -> (removed: [String], added: [String]) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("diff-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(old.utf8).write(to: folder.appendingPathComponent("old"))
        try Data(new.utf8).write(to: folder.appendingPathComponent("new"))
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "diff", "--no-index", "--no-color", "-U0", "old", "new"]
        process.currentDirectoryURL = folder
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            .map(String.init).filter { !$0.hasPrefix("+++") && !$0.hasPrefix("---") }
        return (
            lines.filter { $0.hasPrefix("-") }.map { String($0.dropFirst()) },
            lines.filter { $0.hasPrefix("+") }.map { String($0.dropFirst()) }
        )
    }

    /// Expects the file at `path` to hold the same bytes in the same inode as in `before`: not rewritten.
    static func expectUntouched(
        _ scratch: ScratchSite, _ path: String, before: [String: (Data, UInt64)],
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) throws {
        let after = try scratch.snapshot(of: scratch.root.appendingPathComponent("incidents"))
        let name = String(path.dropFirst("incidents/".count))
        #expect(after[name]?.0 == before[name]?.0, "\(path) changed", sourceLocation: sourceLocation)
        #expect(after[name]?.1 == before[name]?.1, "\(path) was rewritten", sourceLocation: sourceLocation)
        #expect(after.keys.sorted() == before.keys.sorted(), "files were added", sourceLocation: sourceLocation)
    }
}
