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
        let environment = ProcessInfo.processInfo.environment
        let run = try reporter.exitingOnFailure {
            NotifyRun(
                root: URL(fileURLWithPath: source).standardizedFileURL,
                now: try BuildClock.resolve(option: now, environment: environment), environment: environment,
                options: NotifyOptions(dryRun: dryRun, baseline: baseline, channels: channels),
                say: { Swift.print($0) }, warn: { FileHandle.standardError.write(Data(($0 + "\n").utf8)) })
        }
        let succeeded: Bool
        do {
            succeeded = try await run.run()
        } catch {
            reporter.report(error)
            throw ExitCode.failure
        }
        if !succeeded { throw ExitCode.failure }
    }
}
