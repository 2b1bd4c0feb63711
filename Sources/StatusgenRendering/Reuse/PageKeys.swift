import Foundation
import StatusgenModel

/// The keys of the pages a build may reuse: each names everything the page's bytes depend on, so that
/// two builds with the same key render the same bytes.
enum PageKeys {
    /// The key of an incident's page: the shared inputs, the page's language, the incident's file and its
    /// translation into that language (or that there is none), the outages monitors found in it, how the
    /// site names times and whether its notice shows, and the build's moment unless the page no longer
    /// changes with the clock. `nil` when the incident's file has no digest.
    static func incident(_ item: TimelineIncident, _ context: RenderingContext, _ reuse: PageReuse) -> String? {
        let path = item.incident.source.path
        guard let digest = reuse.fileDigests[path] else { return nil }
        let language = context.language
        let translation =
            language.isDefault
            ? "original" : reuse.fileDigests[SiteLayout.translationPath(item.id, locale: language.code)] ?? "none"
        let now = context.timeline.now
        let clock = LastModified.isSettled(item, now: now) ? "settled" : RFC3339.string(from: now)
        let notice = context.config.notice?.isShown(at: now) ?? false
        return [
            reuse.sharedDigest, language.code, path, digest, translation, clock, "notice=\(notice)",
            context.time.fingerprint,
            "\(item.detectedOutages)",
        ].joined(separator: "\n")
    }
}
