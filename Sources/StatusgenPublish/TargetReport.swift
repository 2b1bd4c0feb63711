import Foundation
import StatusgenCore

/// What a publish did to one target, for the summary.
public struct TargetReport: Sendable, Hashable {
    public var name: String
    /// Files sent, deleted, and already there.
    public var uploaded = 0
    public var deleted = 0
    public var skipped = 0
    /// The bytes of the files sent.
    public var bytes = 0
    public var seconds = 0.0
    /// The URLs purged from the target's CDN, `nil` when it has none.
    public var purged: Int?
    /// Why the target failed, or `nil` when it holds the site now.
    public var failure: String?
    /// Whether the target was read back holding the site: true also when only its CDN purge failed.
    public var isLive = false
    /// The site paths sent or deleted, for `--changed-urls`.
    public var changedPaths: [String] = []
    /// Whether every file was sent again, since the target did not hold what its manifest said.
    public var isResent = false
    /// Whether the counts are of a plan that a dry run made and did not carry out.
    public var isDryRun = false

    public init(name: String) {
        self.name = name
    }

    /// Takes the counts of `plan`, the one carried out.
    mutating func count(_ plan: PublishPlan) {
        uploaded = plan.uploads.count
        deleted = plan.deletes.count
        skipped = plan.unchanged.count
        bytes = plan.uploadBytes
        changedPaths = plan.changedPaths
    }

    /// One line: `bucket: 12 uploaded, 1 deleted, 140 skipped, 48213 bytes, 0.84 s` (with `, 18 URLs
    /// purged` before the time when it has a CDN, and a note when every file was sent again), for a dry run
    /// `bucket: 12 to upload, 1 to delete, 140 unchanged, 48213 bytes to send, 0.84 s`, or the failure.
    public var line: String {
        let counts =
            (isDryRun
                ? "\(uploaded) to upload, \(deleted) to delete, \(skipped) unchanged, \(bytes) bytes to send"
                : "\(uploaded) uploaded, \(deleted) deleted, \(skipped) skipped, \(bytes) bytes")
            + (purged.map { ", \($0) URLs purged" } ?? "")
            + (isResent ? " (all sent again: the target did not hold what its manifest said)" : "")
        let time = String(format: "%.2f s", seconds)
        guard let failure else { return "\(name): \(counts), \(time)" }
        return "\(name): FAILED after \(time): \(failure)"
    }
}
