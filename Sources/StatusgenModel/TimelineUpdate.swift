import Foundation

/// One update of an incident, with the status it leaves the incident in.
public struct TimelineUpdate: Sendable {
    public var update: IncidentUpdate
    /// The written status, or for a `.update` note, the status it keeps.
    public var effectiveStatus: UpdateStatus

    public init(update: IncidentUpdate, effectiveStatus: UpdateStatus) {
        self.update = update
        self.effectiveStatus = effectiveStatus
    }

    /// A stable anchor for the update, from its time to the second in UTC: `update-20261124T105200Z`.
    /// (Two updates of one incident never share a second: the parser refuses that.)
    public var anchor: String {
        let seconds = Int(update.time.timeIntervalSince1970.rounded(.down))
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let date = CivilTime.date(daysSinceEpoch: days)
        let clock = seconds - days * 86_400
        func pad(_ value: Int, _ width: Int = 2) -> String {
            let text = String(value)
            return String(repeating: "0", count: max(0, width - text.count)) + text
        }
        return "update-\(pad(date.year, 4))\(pad(date.month))\(pad(date.day))"
            + "T\(pad(clock / 3600))\(pad(clock / 60 % 60))\(pad(clock % 60))Z"
    }
}
