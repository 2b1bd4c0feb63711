import Foundation
import StatusgenTestSupport

/// Runs the built `statusgen` executable, as a user would, and captures what it prints.
struct StatusgenProcess {
    struct Output {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The executable next to the test bundle in the build folder.
    static var executable: URL {
        let testBinary = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var folder = testBinary.deletingLastPathComponent()
        // Under `swift test` the tests run from `<bin>/statusgenPackageTests.xctest`, a file or a bundle.
        while !FileManager.default.isExecutableFile(atPath: folder.appendingPathComponent("statusgen").path),
            folder.path != "/"
        {
            folder.deleteLastPathComponent()
        }
        return folder.appendingPathComponent("statusgen")
    }

    /// A started run, to be waited for.
    struct Running {
        let process: Process
        let stdout: Pipe
        let stderr: Pipe

        /// Waits for the process to end and returns what it printed.
        func wait() -> Output {
            let out = stdout.fileHandleForReading.readDataToEndOfFile()
            let err = stderr.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return Output(
                status: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self),
                stderr: String(decoding: err, as: UTF8.self))
        }
    }

    /// Runs the executable; `input`, when given, is its standard input (otherwise it has none).
    static func run(
        _ arguments: [String], executable: URL = executable, environment: [String: String] = [:], input: String? = nil
    ) throws -> Output {
        try start(arguments, executable: executable, environment: environment, input: input).wait()
    }

    static func start(
        _ arguments: [String], executable: URL = executable, environment: [String: String] = [:], input: String? = nil
    ) throws -> Running {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        var merged = ProcessInfo.processInfo.environment
        merged["SOURCE_DATE_EPOCH"] = nil
        for (key, value) in environment { merged[key] = value }
        process.environment = merged
        let stdout = Pipe()
        let stderr = Pipe()
        process.standardOutput = stdout
        process.standardError = stderr
        let stdin = Pipe()
        process.standardInput = stdin
        try process.run()
        // An empty standard input unless the test gives one, so that no test waits on a terminal.
        stdin.fileHandleForWriting.write(Data((input ?? "").utf8))
        try stdin.fileHandleForWriting.close()
        return Running(process: process, stdout: stdout, stderr: stderr)
    }
}

/// A temporary copy of a fixture site's inputs, removed when the test ends.
final class ScratchSite {
    let root: URL

    init(copying fixture: String = "small") throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("statusgen-\(UUID().uuidString)")
        let source = TestSites.folder.appendingPathComponent(fixture)
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        for item in ["statusgen.yml", "incidents", "monitors"] {
            try FileManager.default.copyItem(
                at: source.appendingPathComponent(item), to: root.appendingPathComponent(item))
        }
    }

    deinit {
        try? FileManager.default.removeItem(at: root)
    }

    var site: URL { root.appendingPathComponent("site") }

    func write(_ text: String, to path: String) throws {
        try Data(text.utf8).write(to: root.appendingPathComponent(path))
    }

    /// Every file under `folder`: relative path -> (bytes, inode), to tell rewritten files from untouched ones.
    func snapshot(of folder: URL) throws -> [String: (Data, UInt64)] {
        var result: [String: (Data, UInt64)] = [:]
        for path in FileTree.filePaths(in: folder) {
            let url = folder.appendingPathComponent(path)
            let attributes = try FileManager.default.attributesOfItem(atPath: url.path)
            let inode = (attributes[.systemFileNumber] as? NSNumber)?.uint64Value ?? 0
            result[path] = (try Data(contentsOf: url), inode)
        }
        return result
    }
}
