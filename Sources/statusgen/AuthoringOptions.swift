import ArgumentParser
import Foundation
import StatusgenBuild
import StatusgenModel
import StatusgenNotify
import StatusgenPublish

/// The options shared by the commands that write an incident file: where the site is, the moment to
/// write, and whether to rebuild, publish and notify afterwards.
struct AuthoringOptions: ParsableArguments {
    @Option(help: "The status site's folder.")
    var source: String = "."

    @Option(
        help:
            "The update's time, RFC 3339 or 'YYYY-MM-DD HH:MM Zone' (default: SOURCE_DATE_EPOCH, else the clock)."
    )
    var now: String?

    @Flag(help: "Rebuild the site into SOURCE/site right after writing the file.")
    var build = false

    @Flag(
        help: """
            Then build, publish to every target under 'publish:' and, as soon as the site is live on one, \
            run notify when 'notify:' is set; prints the time until the site was live.
            """)
    var publish = false

    var sourceURL: URL { URL(fileURLWithPath: source).standardizedFileURL }

    private var outputURL: URL { sourceURL.appendingPathComponent(SiteLayout.defaultOutputFolder) }

    /// The moment of the new update, fixed once: `--now`, `SOURCE_DATE_EPOCH`, then the clock.
    func moment() throws -> Date {
        try BuildClock.resolve(option: now, environment: ProcessInfo.processInfo.environment)
    }

    /// Refuses `--publish` on a site without targets, before any file is written.
    func checkPublishing(_ config: SiteConfig) throws {
        if publish { _ = try SitePublishing.declaredTargets(in: config) }
    }

    /// Rebuilds the site as of `now` when `--build` or `--publish` was given, with the same code as
    /// `statusgen build`. When the site has errors (in any file), says that `written` is written all the
    /// same and how to go on: the command run again would post its update a second time. With `--publish`,
    /// bad monitor rows are left out with a warning rather than stop the update from going out: returns
    /// how many were (`publishIfAsked` ends the command with exit code 1 for them).
    func buildIfAsked(now: Date, reporter: DiagnosticReporter, written: String, config: SiteConfig) throws -> Int {
        guard build || publish else { return 0 }
        do {
            let report = try SiteBuild.run(source: sourceURL, output: outputURL, now: now, skipsBadMonitorRows: publish)
            print(try reporter.built(report, into: outputURL))
            return report.skippedMonitorProblems
        } catch {
            // As this command was given them, so that each runs on the same site and moment.
            let place = source == "." ? "" : " --source " + Self.shellWord(source)
            let moment = self.now == nil ? "" : " --now " + RFC3339.string(from: now)
            let steps =
                ["build" + place + moment]
                + (publish ? ["publish" + place] + (config.notify.isEmpty ? [] : ["notify" + place + moment]) : [])
            let notDone =
                publish ? (config.notify.isEmpty ? "built or published" : "built, published or notified") : "built"
            FileHandle.standardError.write(
                Data(
                    ("\(written) is written, but the site was not \(notDone): fix the errors above, then run `"
                        + steps.map { "statusgen " + $0 }.joined(separator: " && ")
                        + "` (this command run again would post its update a second time)\n").utf8))
            throw error
        }
    }

    /// `text` as one word for a POSIX shell: as it is when it is made of plain characters, else quoted.
    private static func shellWord(_ text: String) -> String {
        let plain = text.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "/._-+:@".contains($0)) }
        return plain ? text : "'" + text.replacingOccurrences(of: "'", with: #"'\''"#) + "'"
    }

    /// With `--publish`: publishes the built site to every target, as `statusgen publish` does, and prints
    /// how long after `started` the site was live on all of them (or which it is not live on). When
    /// `notify:` is set, what is due is sent as `statusgen notify` does as soon as one target is live,
    /// while the others go on: a target that is slow or does not answer never holds back the customers'
    /// news. Ends the command with exit code 1 when a target or a channel failed.
    func publishIfAsked(
        config: SiteConfig, now: Date, started: ContinuousClock.Instant, reporter: DiagnosticReporter,
        skippedMonitorProblems: Int
    ) async throws {
        guard publish else { return }
        let site = try reporter.exitingOnFailure { try SiteSnapshot(folder: outputURL) }
        let (liveTargets, nowLive) = AsyncStream.makeStream(of: Void.self)
        // Sent once a target is live; nil when none is, or without channels.
        async let notified: Bool? = config.notify.isEmpty ? nil : Self.notify(afterFirstOf: liveTargets, sourceURL, now)
        let reports = await SitePublishing(
            root: sourceURL, config: config, site: site, targets: config.publishTargets
        ).run { report in
            if report.isLive { nowLive.yield() }
        }
        nowLive.finish()
        let seconds = String(format: "%.1f", (ContinuousClock.now - started) / .seconds(1))
        // A target whose CDN purge failed holds the site all the same: it counts as live, and as failed.
        let notLive = reports.filter { !$0.isLive }.map(\.name)
        let live = reports.count - notLive.count
        if notLive.isEmpty {
            print("live on \(live) target\(live == 1 ? "" : "s") in \(seconds) s")
        } else {
            print(
                "live on \(live) of \(reports.count) targets in \(seconds) s; not live on "
                    + notLive.joined(separator: ", "))
        }
        var succeeded = reports.allSatisfy { $0.failure == nil }
        if !config.notify.isEmpty {
            if let sent = await notified {
                succeeded = sent && succeeded
            } else {
                print("notify not run: the site is live on no target, so its links would not work")
                succeeded = false
            }
        }
        if skippedMonitorProblems > 0 {
            FileHandle.standardError.write(
                Data(
                    ("the monitor rows warned about above were left out, so that the update went out; mend them:"
                        + " `statusgen build` stops at them until then\n").utf8))
            succeeded = false
        }
        if !succeeded { throw ExitCode.failure }
    }

    /// Sends what is due, as `statusgen notify` does, once `live` says a target is live; nil when it ends
    /// without.
    private static func notify(afterFirstOf live: AsyncStream<Void>, _ root: URL, _ now: Date) async -> Bool? {
        for await _ in live {
            return await NotifyCommand.notify(root: root, now: now, options: NotifyOptions())
        }
        return nil
    }
}
