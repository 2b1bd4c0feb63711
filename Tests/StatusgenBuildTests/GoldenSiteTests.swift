import Foundation
import StatusgenBuild
import StatusgenCore
import StatusgenDefaults
import StatusgenModel
import StatusgenTestSupport
import Testing

/// Builds each site under `Sites/` and compares every output file, byte for byte, with its `expected/` tree.
///
/// To re-record after a deliberate change, run with `STATUSGEN_RECORD=1`, review the diff of `expected/`
/// by eye, and run again without it: a recording run always fails, so no re-record goes unnoticed.
@Suite("Golden sites")
struct GoldenSiteTests {
    static let sitesFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Sites")

    @Test(
        "Each golden site builds to exactly its expected files",
        arguments: ["small", "small-de", "small-fr", "credits", "languages"])
    func siteMatchesExpected(name: String) throws {
        let site = Self.sitesFolder.appendingPathComponent(name)
        let files = try SiteLoader(root: site, usesCache: false).load()
        let result = BuildPipeline().run(files, now: try TimestampParser.parse("2026-11-07T16:00:00Z"))
        // A site may expect warnings (a translation that lags behind its original), one a line in `warnings.txt`.
        let warnings = try? String(contentsOf: site.appendingPathComponent("warnings.txt"), encoding: .utf8)
        #expect(
            result.diagnostics.map(\.description) == (warnings ?? "").split(separator: "\n").map(String.init),
            "\(result.diagnostics)")
        // Assets are copied from templates/ byte for byte; the command-line tests check that, so the
        // expected trees hold only what statusgen renders.
        let outputs = try #require(result.outputs).filter { !BuiltInAssets.paths.contains($0.path) }
        let expectedFolder = site.appendingPathComponent("expected")

        if ProcessInfo.processInfo.environment["STATUSGEN_RECORD"] != nil {
            try? FileManager.default.removeItem(at: expectedFolder)
            for file in outputs {
                let url = expectedFolder.appendingPathComponent(file.path)
                try FileManager.default.createDirectory(
                    at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try file.contents.write(to: url)
            }
            Issue.record("re-recorded \(expectedFolder.path): review the changes, then run without STATUSGEN_RECORD")
            return
        }

        let expectedPaths = FileTree.filePaths(in: expectedFolder)
        #expect(outputs.map(\.path) == expectedPaths, "the set of output files differs")
        for file in outputs where expectedPaths.contains(file.path) {
            let expected = try Data(contentsOf: expectedFolder.appendingPathComponent(file.path))
            if expected != file.contents {
                Issue.record(
                    "\(file.path) differs:\n\(TextDiff.firstDifference(expected: expected, actual: file.contents))")
            }
        }
    }
}

/// Shows where two texts first differ, with a little context, for test failure messages.
enum TextDiff {
    static func firstDifference(expected: Data, actual: Data) -> String {
        let expectedLines = String(decoding: expected, as: UTF8.self).split(
            separator: "\n", omittingEmptySubsequences: false)
        let actualLines = String(decoding: actual, as: UTF8.self).split(
            separator: "\n", omittingEmptySubsequences: false)
        let index =
            zip(expectedLines, actualLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset
            ?? min(expectedLines.count, actualLines.count)
        let context = max(0, index - 2)..<(index + 3)
        func excerpt(_ lines: [Substring], _ mark: String) -> String {
            context.filter { $0 < lines.count }.map { "\($0 == index ? mark : " ") \($0 + 1): \(lines[$0])" }
                .joined(separator: "\n")
        }
        return "line \(index + 1):\n" + excerpt(expectedLines, "-") + "\n" + excerpt(actualLines, "+")
    }
}
