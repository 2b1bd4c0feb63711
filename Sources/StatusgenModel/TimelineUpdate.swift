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

    /// A stable anchor for the update, from its time to the second in UTC: `update-20261124T105200Z`; a
    /// second or later update of the incident at the same second adds its place: `update-20261124T105200Z-2`.
    public var anchor: String {
        let seconds = Int(update.time.timeIntervalSince1970.rounded(.down))
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let date = CivilTime.date(daysSinceEpoch: days)
        let clock = seconds - days * 86_400
        return "update-\(date.year.zeroPadded(4))\(date.month.zeroPadded(2))\(date.day.zeroPadded(2))"
            + "T\((clock / 3600).zeroPadded(2))\((clock / 60 % 60).zeroPadded(2))\((clock % 60).zeroPadded(2))Z"
            + (update.sameSecondIndex > 0 ? "-\(update.sameSecondIndex + 1)" : "")
    }
}
