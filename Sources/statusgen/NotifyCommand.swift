import ArgumentParser
import Foundation
import StatusgenBuild
import StatusgenNotify

/// `statusgen notify`: sends each incident and maintenance update not sent yet to every channel under
/// `notify:`, recording each delivery in `notify-ledger.txt`.
struct NotifyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "notify",
        abstract: "Send each new incident and maintenance update to the channels under 'notify:', exactly once.",
        discussion: """
            Run it after the site is published, so that every link works. Each delivery is recorded in \
            notify-ledger.txt (commit it). Exit code 1 when a channel failed; it is sent on the next run.
            """
    )

    @Option(help: "The status site's folder.")
    var source: String = "."

    @Flag(help: "Print what would be sent, to whom, and the exact payloads; send and record nothing.")
    var dryRun = false

    @Flag(help: "Record every update not yet sent as sent, without sending (for a site with history).")
    var baseline = false

    @Option(name: .customLong("channel"), help: "Only this channel (repeatable).")
    var channels: [String] = []

    @Option(help: "The moment the site is read at (RFC 3339); default SOURCE_DATE_EPOCH, then the clock.")
    var now: String?

    func validate() throws {
        guard !(dryRun && baseline) else { throw ValidationError("--dry-run and --baseline do not go together") }
    }

    func run() async throws {
        let reporter = DiagnosticReporter()
        let moment = try reporter.exitingOnFailure {
            try BuildClock.resolve(option: now, environment: ProcessInfo.processInfo.environment)
        }
        let options = NotifyOptions(dryRun: dryRun, baseline: baseline, channels: channels)
        if !(await Self.notify(root: URL(fileURLWithPath: source).standardizedFileURL, now: moment, options: options)) {
            throw ExitCode.failure
        }
    }

    /// Sends what is due to the channels, printing the run's report; returns whether every due update
    /// reached every channel, after printing why not. Shared with `--publish` of the authoring commands.
    static func notify(root: URL, now: Date, options: NotifyOptions) async -> Bool {
        let run = NotifyRun(
            root: root, now: now, environment: ProcessInfo.processInfo.environment, options: options,
            say: { Swift.print($0) }, warn: { FileHandle.standardError.write(Data(($0 + "\n").utf8)) })
        do {
            return try await run.run()
        } catch {
            DiagnosticReporter().report(error)
            return false
        }
    }
}
