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
            let words = outcome.errors.split(separator: "\n").suffix(2).joined(separator: " ")
            throw CommandFailure(
                "\(arguments[0]) exited with status \(outcome.status)" + (words.isEmpty ? "" : ": \(words)"))
        }
        return outcome.output
    }

    /// Runs the command to its end, whatever its exit status.
    func runAllowingFailure() async throws -> Outcome {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        if let folder { process.currentDirectoryURL = folder }
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        process.standardInput = FileHandle.nullDevice
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        do {
            try process.run()
        } catch {
            throw CommandFailure("cannot run \(arguments[0]): \(error.localizedDescription)")
        }
        // Both pipes are drained while the tool runs, so that a full pipe never blocks it; once both are
        // closed, the tool is ending.
        async let outputData = Self.readAll(output.fileHandleForReading)
        async let errorData = Self.readAll(errors.fileHandleForReading)
        let (printed, complained) = await (outputData, errorData)
        process.waitUntilExit()
        return Outcome(
            status: process.terminationStatus, output: printed,
            errors: String(decoding: complained, as: UTF8.self))
    }

    private static func readAll(_ handle: FileHandle) async -> Data {
        await Task.detached { handle.readDataToEndOfFile() }.value
    }
}
