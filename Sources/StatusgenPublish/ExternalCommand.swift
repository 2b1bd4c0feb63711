import Foundation
import StatusgenBuild

/// Runs a system tool (`git`, `ssh`, `rsync`) and returns what it printed; a non-zero exit is a failure
/// whose message is the tool's own last words on standard error.
struct ExternalCommand: Sendable {
    /// The program and its arguments, such as `["git", "push"]`; looked up on `PATH`.
    var arguments: [String]
    /// The folder to run in, if not the current one.
    var folder: URL?
    /// Variables added to the environment.
    var environment: [String: String] = [:]

    /// The result of a run that was allowed to fail.
    struct Outcome {
        var status: Int32
        var output: Data
        var errors: String
    }

    /// Runs the command to its end; throws when it exits non-zero.
    @discardableResult
    func run() async throws -> Data {
        let outcome = try await runAllowingFailure()
        guard outcome.status == 0 else {
            let words = Self.lastWords(of: outcome.errors)
            throw CommandFailure(
                "\(arguments[0]) exited with status \(outcome.status)" + (words.isEmpty ? "" : ": \(words)"))
        }
        return outcome.output
    }

    /// What a tool's standard error says went wrong, on one line: its `fatal:` or `error:` lines, in any
    /// case (git says there which repository it could not use, and gives advice after; GitHub and GitLab
    /// answer over ssh with `ERROR: Repository not found.`), else its last two lines; line ends of either
    /// kind (ssh writes `\r\n`) and blank lines left out.
    static func lastWords(of errors: String) -> String {
        let lines = errors.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
        let said = lines.filter { line in
            let start = line.prefix(6).lowercased()
            return start == "fatal:" || start == "error:"
        }
        return (said.isEmpty ? lines : said).suffix(2).joined(separator: " ")
    }

    /// Runs the command to its end, whatever its exit status.
    func runAllowingFailure() async throws -> Outcome {
        try await BlockingCall.run { try runBlocking() }
    }

    private func runBlocking() throws -> Outcome {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        if let folder { process.currentDirectoryURL = folder }
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        process.standardInput = FileHandle.nullDevice
        let output = Pipe()
        process.standardOutput = output
        // Standard error goes to a file, so that one thread can read standard output to its end without
        // the tool ever blocking on a full pipe.
        let errorFile = FileManager.default.temporaryDirectory
            .appendingPathComponent("statusgen-\(arguments[0])-\(UUID().uuidString).err")
        guard FileManager.default.createFile(atPath: errorFile.path, contents: nil),
            let errors = FileHandle(forWritingAtPath: errorFile.path)
        else { throw CommandFailure("cannot run \(arguments[0]): cannot create \(errorFile.path)") }
        defer {
            try? errors.close()
            try? FileManager.default.removeItem(at: errorFile)
        }
        process.standardError = errors
        do {
            try process.run()
        } catch {
            throw CommandFailure("cannot run \(arguments[0]): \(error.localizedDescription)")
        }
        let printed = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let complained = (try? Data(contentsOf: errorFile)) ?? Data()
        return Outcome(
            status: process.terminationStatus, output: printed, errors: String(decoding: complained, as: UTF8.self))
    }
}
