import StatusgenModel

/// The statusgen id of a cState issue: its file name as a slug, starting with a date as statusgen's incident
/// names do.
enum CStateIncidentID {
    /// `2018-05-25-us-east` for `2018-05-25-us-east.md`; a date elsewhere in the name moves to the front
    /// (`FRA1_Maintenance_2026-02-09.md` -> `2026-02-09-fra1-maintenance`); a name without one gets the
    /// issue's date (`us-east.md` -> `2018-05-25-us-east`).
    static func make(name: String, date seconds: Double) -> String {
        let words = Slug.make(name).split(separator: "-").map(String.init)
        for start in words.indices where start + 2 < words.count {
            let parts = words[start...(start + 2)]
            guard zip(parts, [4, 2, 2]).allSatisfy({ $0.count == $1 && $0.allSatisfy(\.isNumber) }) else { continue }
            let rest = Array(words[..<start]) + Array(words[(start + 3)...])
            return (Array(parts) + rest).joined(separator: "-")
        }
        let days = Int((seconds / 86_400).rounded(.down))
        let date = CivilTime.date(daysSinceEpoch: days)
        let day = "\(date.year.zeroPadded(4))-\(date.month.zeroPadded(2))-\(date.day.zeroPadded(2))"
        let slug = words.joined(separator: "-")
        return slug.isEmpty ? "\(day)-issue" : "\(day)-\(slug)"
    }
}
