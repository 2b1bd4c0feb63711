import AsyncHTTPClient
import Foundation
import StatusgenBuild
import StatusgenModel
import StatusgenPublish

/// Publishes a built site to targets of `statusgen.yml`, each CDN purged behind its target, and prints
/// one line per target: the shared work of `statusgen publish` and of `--publish`.
struct SitePublishing {
    /// The site's folder, where relative paths start and the cache folder is.
    let root: URL
    let config: SiteConfig
    let site: SiteSnapshot
    let targets: [PublishTargetDefinition]
    var dryRun = false

    /// The targets under `publish:`; throws when there are none.
    static func declaredTargets(in config: SiteConfig) throws -> [PublishTargetDefinition] {
        guard !config.publishTargets.isEmpty else {
            throw CommandFailure("\(SiteLayout.configPath): no targets are declared under 'publish:'")
        }
        return config.publishTargets
    }

    /// Publishes to every target at once; the reports in the order of `targets`. `finished` is called with
    /// each report as its target finishes, while the others go on.
    func run(finished: @Sendable (TargetReport) async -> Void = { _ in }) async -> [TargetReport] {
        let environment = ProcessInfo.processInfo.environment
        let http = HTTPClient(eventLoopGroupProvider: .singleton)
        let publishers = PublishTargets.make(targets, source: root, environment: environment, http: http)
        let cdns = TargetCDN.make(
            targets, source: root, baseURL: config.baseURL, environment: environment, http: http)
        let reports = await Publisher(site: site, dryRun: dryRun, cdns: cdns).publish(
            to: publishers, finished: finished)
        try? await http.shutdown()
        for report in reports { print(report.line) }
        return reports
    }
}
