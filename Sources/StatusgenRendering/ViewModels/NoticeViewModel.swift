import StatusgenModel

/// The announcement from `statusgen.yml` at the top of every page.
struct NoticeViewModel {
    /// The notice's Markdown as HTML, from cmark-gfm.
    let html: String
    /// "info" or "warning".
    let level: String
    let isWarning: Bool

    init(_ notice: SiteNotice) {
        html = notice.html
        level = notice.level.rawValue
        isWarning = notice.level == .warning
    }
}
