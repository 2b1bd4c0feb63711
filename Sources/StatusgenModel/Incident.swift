/// An incident or maintenance as written in `incidents/ID.md`.
///
/// Its fields live in one shared, copied-on-write box: pages, feeds and reports pass incidents around by
/// the thousand, and copying one is then a single reference count rather than one for each of its texts
/// and lists.
public struct Incident: Sendable {
    private final class Fields: @unchecked Sendable {
        var id: String
        var kind: IncidentKind
        var title: String
        var impact: Impact
        var components: [AffectedComponent]
        var affectedText: [String]
        var summaryHTML: String
        var summaryText: String
        var postmortemHTML: String?
        var updates: [IncidentUpdate]
        var window: MaintenanceWindow?
        var source: SourceLocation
        var notify: Bool

        init(
            id: String, kind: IncidentKind, title: String, impact: Impact, components: [AffectedComponent],
            affectedText: [String], summaryHTML: String, summaryText: String, postmortemHTML: String?,
            updates: [IncidentUpdate], window: MaintenanceWindow?, source: SourceLocation, notify: Bool
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

        func copy() -> Fields {
            Fields(
                id: id, kind: kind, title: title, impact: impact, components: components, affectedText: affectedText,
                summaryHTML: summaryHTML, summaryText: summaryText, postmortemHTML: postmortemHTML, updates: updates,
                window: window, source: source, notify: notify)
        }
    }

    private var fields: Fields

    /// The fields, copied first when another value shares them (read through `_read`, so that reading
    /// `incident.title` borrows rather than copies).
    private var unique: Fields {
        mutating get {
            if !isKnownUniquelyReferenced(&fields) { fields = fields.copy() }
            return fields
        }
    }

    /// The file name without `.md`; also the permalink.
    public var id: String {
        _read { yield fields.id }
        _modify { yield &unique.id }
    }
    public var kind: IncidentKind {
        _read { yield fields.kind }
        _modify { yield &unique.kind }
    }
    public var title: String {
        _read { yield fields.title }
        _modify { yield &unique.title }
    }
    public var impact: Impact {
        _read { yield fields.impact }
        _modify { yield &unique.impact }
    }
    /// The components affected, with their status during the incident, in file order.
    public var components: [AffectedComponent] {
        _read { yield fields.components }
        _modify { yield &unique.components }
    }
    /// What else the incident says was affected, as names without a component (`affected_text:`), such as
    /// an imported history's names that match no component.
    public var affectedText: [String] {
        _read { yield fields.affectedText }
        _modify { yield &unique.affectedText }
    }
    /// The summary shown above the updates, as HTML rendered by cmark-gfm (may be empty).
    public var summaryHTML: String {
        _read { yield fields.summaryHTML }
        _modify { yield &unique.summaryHTML }
    }
    /// The summary as plain text, for the JSON API and the calendar (may be empty).
    public var summaryText: String {
        _read { yield fields.summaryText }
        _modify { yield &unique.summaryText }
    }
    /// A postmortem section, as HTML, if the file has one.
    public var postmortemHTML: String? {
        _read { yield fields.postmortemHTML }
        _modify { yield &unique.postmortemHTML }
    }
    /// The updates in time order, oldest first.
    public var updates: [IncidentUpdate] {
        _read { yield fields.updates }
        _modify { yield &unique.updates }
    }
    /// The planned window of a maintenance.
    public var window: MaintenanceWindow? {
        _read { yield fields.window }
        _modify { yield &unique.window }
    }
    /// Where the incident was read from.
    public var source: SourceLocation {
        _read { yield fields.source }
        _modify { yield &unique.source }
    }
    /// Whether `statusgen notify` sends its updates (`notify: false` in the front matter turns it off).
    public var notify: Bool {
        _read { yield fields.notify }
        _modify { yield &unique.notify }
    }

    public init(
        id: String, kind: IncidentKind, title: String, impact: Impact,
        components: [AffectedComponent], affectedText: [String] = [], summaryHTML: String, summaryText: String = "",
        postmortemHTML: String? = nil, updates: [IncidentUpdate], window: MaintenanceWindow? = nil,
        source: SourceLocation, notify: Bool = true
    ) {
        fields = Fields(
            id: id, kind: kind, title: title, impact: impact, components: components, affectedText: affectedText,
            summaryHTML: summaryHTML, summaryText: summaryText, postmortemHTML: postmortemHTML, updates: updates,
            window: window, source: source, notify: notify)
    }
}

extension Incident: CustomReflectable {
    /// Every field, as if they were stored in the value itself: for printing in tests and debugging.
    public var customMirror: Mirror {
        Mirror(
            self,
            children: [
                "id": id, "kind": kind, "title": title, "impact": impact, "components": components,
                "affectedText": affectedText, "summaryHTML": summaryHTML, "summaryText": summaryText,
                "postmortemHTML": postmortemHTML as Any, "updates": updates, "window": window as Any, "source": source,
                "notify": notify,
            ], displayStyle: .struct)
    }
}
