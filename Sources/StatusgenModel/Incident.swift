/// An incident or maintenance as written in `incidents/ID.md`.
///
/// Its fields live in one shared, copied-on-write box: pages, feeds and reports pass incidents around by
/// the thousand, and copying one is then a single reference count rather than one for each of its texts
/// and lists.
public struct Incident: Sendable {
    private struct Fields: Sendable {
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
    }

    private var fields: CopyOnWrite<Fields>

    /// The file name without `.md`; also the permalink.
    public var id: String {
        _read { yield fields.value.id }
        _modify { yield &fields.value.id }
    }
    public var kind: IncidentKind {
        _read { yield fields.value.kind }
        _modify { yield &fields.value.kind }
    }
    public var title: String {
        _read { yield fields.value.title }
        _modify { yield &fields.value.title }
    }
    public var impact: Impact {
        _read { yield fields.value.impact }
        _modify { yield &fields.value.impact }
    }
    /// The components affected, with their status during the incident, in file order.
    public var components: [AffectedComponent] {
        _read { yield fields.value.components }
        _modify { yield &fields.value.components }
    }
    /// What else the incident says was affected, as names without a component (`affected_text:`), such as
    /// an imported history's names that match no component.
    public var affectedText: [String] {
        _read { yield fields.value.affectedText }
        _modify { yield &fields.value.affectedText }
    }
    /// The summary shown above the updates, as HTML rendered by cmark-gfm (may be empty).
    public var summaryHTML: String {
        _read { yield fields.value.summaryHTML }
        _modify { yield &fields.value.summaryHTML }
    }
    /// The summary as plain text, for the JSON API and the calendar (may be empty).
    public var summaryText: String {
        _read { yield fields.value.summaryText }
        _modify { yield &fields.value.summaryText }
    }
    /// A postmortem section, as HTML, if the file has one.
    public var postmortemHTML: String? {
        _read { yield fields.value.postmortemHTML }
        _modify { yield &fields.value.postmortemHTML }
    }
    /// The updates in time order, oldest first.
    public var updates: [IncidentUpdate] {
        _read { yield fields.value.updates }
        _modify { yield &fields.value.updates }
    }
    /// The planned window of a maintenance.
    public var window: MaintenanceWindow? {
        _read { yield fields.value.window }
        _modify { yield &fields.value.window }
    }
    /// Where the incident was read from.
    public var source: SourceLocation {
        _read { yield fields.value.source }
        _modify { yield &fields.value.source }
    }
    /// Whether `statusgen notify` sends its updates (`notify: false` in the front matter turns it off).
    public var notify: Bool {
        _read { yield fields.value.notify }
        _modify { yield &fields.value.notify }
    }

    public init(
        id: String, kind: IncidentKind, title: String, impact: Impact,
        components: [AffectedComponent], affectedText: [String] = [], summaryHTML: String, summaryText: String = "",
        postmortemHTML: String? = nil, updates: [IncidentUpdate], window: MaintenanceWindow? = nil,
        source: SourceLocation, notify: Bool = true
    ) {
        fields = CopyOnWrite(
            Fields(
                id: id, kind: kind, title: title, impact: impact, components: components, affectedText: affectedText,
                summaryHTML: summaryHTML, summaryText: summaryText, postmortemHTML: postmortemHTML, updates: updates,
                window: window, source: source, notify: notify))
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
