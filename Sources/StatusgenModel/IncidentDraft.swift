/// A new incident or maintenance, as an operator describes it before its file is written.
public struct IncidentDraft: Sendable, Equatable {
    public var title: String
    public var kind: IncidentKind
    /// The impact; a maintenance may leave it out.
    public var impact: Impact?
    /// The components affected and their statuses, in the order given.
    public var components: [AffectedComponent]
    /// The planned window; only for a maintenance.
    public var window: MaintenanceWindow?
    /// The first update.
    public var update: UpdateDraft

    public init(
        title: String, kind: IncidentKind, impact: Impact?, components: [AffectedComponent],
        window: MaintenanceWindow? = nil, update: UpdateDraft
    ) {
        self.title = title
        self.kind = kind
        self.impact = impact
        self.components = components
        self.window = window
        self.update = update
    }
}
