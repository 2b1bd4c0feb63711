import Foundation

extension IncidentUpdate {
    /// A stable anchor for the update, from its time to the second in UTC: `update-20261124T105200Z`; a
    /// second or later update of the incident at the same second adds its place: `update-20261124T105200Z-2`.
    public var anchor: String {
        let seconds = Int(time.timeIntervalSince1970.rounded(.down))
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let date = CivilTime.date(daysSinceEpoch: days)
        let clock = seconds - days * 86_400
        return "update-\(date.year.zeroPadded(4))\(date.month.zeroPadded(2))\(date.day.zeroPadded(2))"
            + "T\((clock / 3600).zeroPadded(2))\((clock / 60 % 60).zeroPadded(2))\((clock % 60).zeroPadded(2))Z"
            + (sameSecondIndex > 0 ? "-\(sameSecondIndex + 1)" : "")
    }
}
