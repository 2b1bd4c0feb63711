import Foundation

/// One update of an incident, with the status it leaves the incident in.
public struct TimelineUpdate: Sendable {
    public var update: IncidentUpdate
    /// The written status, or for a `.update` note, the status it keeps.
    public var effectiveStatus: UpdateStatus
    /// Whether the body is the original's, shown on a page in another language that has no translation of it.
    public var isUntranslated = false

    public init(update: IncidentUpdate, effectiveStatus: UpdateStatus) {
        self.update = update
        self.effectiveStatus = effectiveStatus
    }

    /// The update's anchor (see `IncidentUpdate.anchor`).
    public var anchor: String { update.anchor }
}
