import Mustache
import StatusgenModel

/// The announcement from `statusgen.yml` at the top of every page.
final class NoticeViewModel: Sendable {
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

extension NoticeViewModel: MustacheParent {
    /// The field a template names, as Mustache would find it by reflection: `nil` when there is none or it is `nil`.
    func child(named name: String) -> Any? {
        switch name {
        case "html": return self.html
        case "level": return self.level
        case "isWarning": return self.isWarning
        default: return nil
        }
    }
}
