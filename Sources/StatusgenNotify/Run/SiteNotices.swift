import Foundation
import StatusgenBuild
import StatusgenCore
import StatusgenModel
import StatusgenRendering

/// The site read as the build reads it, and the notice of each of its updates as of `now`.
struct SiteNotices {
    let config: SiteConfig
    let notices: [UpdateNotice]

    /// Where webhook payloads' `meta.documentation` points.
    static let documentationURL = "https://github.com/statusgen/statusgen/blob/main/docs/notifications.md"

    init(root: URL, now: Date) throws {
        let inputs = try SiteLoader(root: root).load()
        let settings = try inputs.settings.get()
        let parsed = SiteParser().parse(inputs.files, settings: inputs.settings, monitorFiles: inputs.monitorFiles)
        let errors = parsed.diagnostics.filter { $0.severity == .error }
        guard let site = parsed.site, errors.isEmpty else { throw DiagnosticList(errors) }
        let timeline = TimelineBuilder().build(from: site, now: now)
        let strings = StringsCatalog(site: inputs.files).strings(for: settings.config.locale)
        config = settings.config
        notices = UpdateNoticeBuilder(timeline: timeline, strings: strings, documentationURL: Self.documentationURL)
            .notices()
    }
}
