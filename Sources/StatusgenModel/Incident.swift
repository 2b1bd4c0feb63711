/// An incident or maintenance as written in `incidents/ID.md`.
public struct Incident: Sendable {
    /// The file name without `.md`; also the permalink.
    public var id: String
    public var kind: IncidentKind
    public var title: String
    public var impact: Impact
    /// The components affected, with their status during the incident, in file order.
    public var components: [AffectedComponent]
    /// What else the incident says was affected, as names without a component (`affected_text:`), such as
    /// an imported history's names that match no component.
    public var affectedText: [String]
    /// The summary shown above the updates, as HTML rendered by cmark-gfm (may be empty).
    public var summaryHTML: String
    /// The summary as plain text, for the JSON API and the calendar (may be empty).
    public var summaryText: String
    /// A postmortem section, as HTML, if the file has one.
    public var postmortemHTML: String?
    /// The updates in time order, oldest first.
    public var updates: [IncidentUpdate]
    /// The planned window of a maintenance.
    public var window: MaintenanceWindow?
    /// Where the incident was read from.
    public var source: SourceLocation
    /// Whether `statusgen notify` sends its updates (`notify: false` in the front matter turns it off).
    public var notify: Bool

    public init(
        id: String, kind: IncidentKind, title: String, impact: Impact,
        components: [AffectedComponent], affectedText: [String] = [], summaryHTML: String, summaryText: String = "",
        postmortemHTML: String? = nil, updates: [IncidentUpdate], window: MaintenanceWindow? = nil,
        source: SourceLocation, notify: Bool = true
    ) {
        self.id = id
        self.kind = kind
        self.title = title
        self.impact = impact
        self.components = components
        self.affectedText = affectedText
        self.summaryHTML = summaryHTML
        self.summaryText = summaryText
        self.postmortemHTML = postmortemHTML
        self.updates = updates
        self.window = window
        self.source = source
        self.notify = notify
    }
}
