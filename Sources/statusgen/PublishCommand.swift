import ArgumentParser
import Foundation
import StatusgenBuild
import StatusgenCore
import StatusgenModel
import StatusgenPublish

/// `statusgen publish`: sends the built site to the targets under `publish:` in `statusgen.yml`, all at
/// once, each in an order that never shows a broken site, and says what reached where.
struct PublishCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "publish",
        abstract: "Publish the built site to the targets declared under 'publish:' in statusgen.yml.",
        discussion: """
            Sends only new and changed files: assets, then pages, then feeds and the API, index.html last, and \
            deletes what left the site after the new index is live. All targets are published at the same time; \
            one failing never stops the others. Prints one line per target; the exit code is 1 if any target failed.
            """
    )

    @Option(help: "The status site's folder.")
    var source: String = "."

    @Option(help: "The built site to publish (default: SOURCE/site).")
    var output: String?

    @Option(name: .customLong("target"), parsing: .upToNextOption, help: "Publish only to these targets.")
    var targets: [String] = []

    @Flag(help: "Say what each target would get, sending nothing.")
    var dryRun = false

    @Option(help: "Write the URLs whose content changed to this file, one per line (for a CDN purge).")
    var changedUrls: String?

    func run() async throws {
        let root = URL(fileURLWithPath: source).standardizedFileURL
        let folder =
            output.map { URL(fileURLWithPath: $0).standardizedFileURL }
            ?? root.appendingPathComponent(SiteLayout.defaultOutputFolder)
        let reporter = DiagnosticReporter()
        let (config, site) = try reporter.exitingOnFailure {
            (try SiteLoader(root: root).loadSettings().config, try SiteSnapshot(folder: folder))
        }
        let chosen = try reporter.exitingOnFailure { try choose(from: SitePublishing.declaredTargets(in: config)) }
        let start = ContinuousClock.now
        let reports = await SitePublishing(
            root: root, config: config, site: site, targets: chosen, dryRun: dryRun
        ).run()
        let failed = reports.filter { $0.failure != nil }.count
        print(
            "\(dryRun ? "Planned" : "Published") \(reports.count - failed) of \(reports.count) targets in "
                + "\(String(format: "%.2f", (ContinuousClock.now - start) / .seconds(1))) s")
        if let changedUrls {
            let paths = Set(reports.flatMap(\.changedPaths))
            try reporter.exitingOnFailure {
                try Data(ChangedURLs.list(paths, baseURL: config.baseURL).utf8)
                    .write(to: URL(fileURLWithPath: changedUrls))
            }
        }
        if failed > 0 { throw ExitCode.failure }
    }

    /// The declared targets that `--target` names, in the file's order; all of them without `--target`.
    private func choose(from declared: [PublishTargetDefinition]) throws -> [PublishTargetDefinition] {
        let names = declared.map(\.name)
        for name in targets where !names.contains(name) {
            throw CommandFailure(
                "unknown target '\(name)'" + Suggestion.hint(for: name, among: names)
                    + ": \(SiteLayout.configPath) declares \(names.joined(separator: ", "))")
        }
        return targets.isEmpty ? declared : declared.filter { targets.contains($0.name) }
    }
}
