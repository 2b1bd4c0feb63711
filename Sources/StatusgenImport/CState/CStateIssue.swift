import StatusgenModel

/// One `content/issues/*.md` file of a cState site, as read, before it is converted.
struct CStateIssue {
    /// A value with the line it was read from.
    struct Located<Value> {
        var value: Value
        var location: SourceLocation
    }

    /// The path relative to the cState site, such as `content/issues/2018-05-25-us-east.md`.
    var path: String
    /// The file name without `.md`.
    var name: String
    /// The page's addresses on the cState site, below its base path: its own (`issues/NAME/`) first, then its
    /// `aliases`.
    var addresses: [String]
    var title: String
    var date: Located<CStateTime>
    var resolved: Bool
    var resolvedWhen: Located<CStateTime>?
    /// `nil` for a word cState does not know, which changes no status.
    var severity: CStateSeverity?
    var affected: [Located<String>]
    /// `informational: true`, or `pin: true` without a severity: a notice for readers rather than a fault.
    var isAnnouncement: Bool
    /// `informational: true` without `pin: true`: cState lists it as past news, never as an open issue.
    var closesAtOnce: Bool
    /// The front matter that calls the post maintenance (`section: maintenance`), when one does.
    var maintenanceKey: String?
    /// The lines of front matter times written without a zone (read as UTC).
    var zonelessLines: [Int]
    /// The Markdown after the front matter.
    var body: String
    /// The file line where the body starts.
    var bodyFirstLine: Int
}
