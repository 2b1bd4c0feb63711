import Foundation

/// One timestamped update of an incident.
public struct IncidentUpdate: Sendable {
    public var time: Date
    /// The status word as written; `.update` keeps the status before it.
    public var status: UpdateStatus
    /// The update's body as HTML rendered by cmark-gfm.
    public var bodyHTML: String
    /// The update's body as plain text, for the JSON API and the calendar.
    public var bodyText: String
    /// The line of the update's heading.
    public var line: Int
    /// Whether the update is left out of notifications: its heading ends in `(quiet)`.
    public var quiet: Bool
    /// The components whose status changes with this update, from its time on
    /// (`## TIME STATUS (api=operational)`); the front matter gives each status until the first change.
    public var componentChanges: [AffectedComponent]
    /// 0 for the first update of its incident at its second; 1, 2 … for later ones at the same second,
    /// in file order (set by the parser; it tells their anchors apart).
    public var sameSecondIndex = 0

    public init(
        time: Date, status: UpdateStatus, bodyHTML: String, bodyText: String = "", line: Int, quiet: Bool = false,
        componentChanges: [AffectedComponent] = []
    ) {
        self.time = time
        self.status = status
        self.bodyHTML = bodyHTML
        self.bodyText = bodyText
        self.line = line
        self.quiet = quiet
        self.componentChanges = componentChanges
    }
}
