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
            Then build, publish to every target under 'publish:' and, if the site is live on at least one, \
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
    /// `statusgen build`.
    func buildIfAsked(now: Date, reporter: DiagnosticReporter) throws {
        guard build || publish else { return }
        print(try reporter.built(SiteBuild.run(source: sourceURL, output: outputURL, now: now), into: outputURL))
    }

    /// With `--publish`: publishes the built site to every target, as `statusgen publish` does, prints how
    /// long after `started` the site was live on all of them (or which it is not live on), then, when
    /// `notify:` is set and at least one target is live, sends what is due as `statusgen notify` does.
    /// Ends the command with exit code 1 when a target or a channel failed.
    func publishIfAsked(config: SiteConfig, now: Date, started: ContinuousClock.Instant, reporter: DiagnosticReporter)
        async throws
    {
        guard publish else { return }
        let site = try reporter.exitingOnFailure { try SiteSnapshot(folder: outputURL) }
        let reports = await SitePublishing(
            root: sourceURL, config: config, site: site, targets: config.publishTargets
        ).run()
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
            if live == 0 {
                print("notify not run: the site is live on no target, so its links would not work")
                succeeded = false
            } else {
                succeeded = await NotifyCommand.notify(root: sourceURL, now: now, options: NotifyOptions()) && succeeded
            }
        }
        if !succeeded { throw ExitCode.failure }
    }
}
