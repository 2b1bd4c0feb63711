import Foundation
import StatusgenBuild
import StatusgenCore
import StatusgenModel

/// Publishes one built site to several targets at once; one target failing never stops the others.
public struct Publisher: Sendable {
    /// The paths read back from each target after a publish and compared with the site.
    public static let readBackPaths = ["index.html", "api/v2/status.json"]

    public let site: SiteSnapshot
    /// With `dryRun`, each target's plan is made and reported but nothing is sent.
    public let dryRun: Bool
    /// The CDN in front of each target that has one, by target name.
    public let cdns: [String: TargetCDN]

    public init(site: SiteSnapshot, dryRun: Bool = false, cdns: [String: TargetCDN] = [:]) {
        self.site = site
        self.dryRun = dryRun
        self.cdns = cdns
    }

    /// Publishes to every target concurrently; the reports in the order of `targets`. `finished` is called
    /// with each report as its target finishes, one at a time, while the others go on.
    public func publish(
        to targets: [any PublishTarget], finished: @Sendable (TargetReport) async -> Void = { _ in }
    ) async -> [TargetReport] {
        await withTaskGroup(of: (Int, TargetReport).self) { group in
            for (index, target) in targets.enumerated() {
                group.addTask { (index, await publish(to: target)) }
            }
            var reports: [(Int, TargetReport)] = []
            for await report in group {
                await finished(report.1)
                reports.append(report)
            }
            return reports.sorted { $0.0 < $1.0 }.map(\.1)
        }
    }

    /// Publishes to one target, turning any failure into the report's reason.
    public func publish(to target: any PublishTarget) async -> TargetReport {
        var report = TargetReport(name: target.name)
        report.isDryRun = dryRun
        let start = ContinuousClock.now
        do {
            let plan = PublishPlanner.plan(site: site.manifest, target: try await target.manifest())
            report.count(plan)
            if !dryRun {
                let cdn = cdns[target.name]
                try cdn?.remember(plan.changedPaths)
                if !plan.isEmpty { try await target.apply(plan, from: site) }
                do {
                    try await readBack(from: target)
                } catch {
                    // The target does not hold what its manifest says (a file removed or changed there by
                    // another hand): the manifest cannot be trusted, so every file is sent again, once.
                    let full = PublishPlanner.plan(site: site.manifest, target: nil)
                    try cdn?.remember(full.changedPaths)
                    try await target.apply(full, from: site)
                    try await readBack(from: target)
                    report.count(full)
                    report.isResent = true
                }
                report.isLive = true
                if let cdn { report.purged = try await purge(cdn) }
            }
        } catch {
            report.failure = Self.reason(error)
        }
        report.seconds = (ContinuousClock.now - start).inSeconds
        return report
    }

    /// Reads the front page and the status API back from the target and compares them with the site.
    private func readBack(from target: any PublishTarget) async throws {
        for path in Self.readBackPaths {
            guard let expected = site.manifest.files[path] else { continue }
            guard let bytes = try await target.read(path) else {
                throw CommandFailure("read back \(path): the target does not have it")
            }
            if SiteSnapshot.sha256(Data(bytes)) != expected.sha256 {
                throw CommandFailure("read back \(path): the target serves other bytes than the site")
            }
        }
    }

    /// Purges the URLs the CDN has yet to forget; a failure says that the files are live all the same.
    private func purge(_ cdn: TargetCDN) async throws -> Int {
        do {
            return try await cdn.purgePending()
        } catch {
            throw CommandFailure(
                "the files are live, but the \(cdn.provider) purge failed and readers may get stale cached copies"
                    + " until a publish purges them: \(Self.reason(error))")
        }
    }

    /// The sentence for a failure.
    static func reason(_ error: Error) -> String {
        if let failure = error as? CommandFailure { return failure.description }
        return String(describing: error)
    }
}
