import StatusgenModel
import StatusgenRendering

/// The updates a channel received under an incident id that the site no longer has: an incident's file
/// renamed after its updates were sent gives each of them a new id (`NEW-ID-20261124T105200Z`), and without
/// this they would all be sent again, the resolve among them.
///
/// An update is taken as one received before when the channel has an update of the same moment (the id's
/// time, with its `-2` for a second in the same second) under an id whose incident is gone.
struct RenamedUpdates {
    /// The former incident ids, by channel and the time part of the update id ("ops\t-20261124T105200Z").
    private var formerIDs: [String: [String]] = [:]

    init(ledger: Ledger, incidentIDs: Set<String>) {
        for key in ledger.received {
            guard let tab = key.lastIndex(of: "\t") else { continue }
            let updateID = key[..<tab]
            guard let split = Self.timePart(of: updateID) else { continue }
            let incidentID = String(updateID[..<split])
            guard !incidentIDs.contains(incidentID) else { continue }
            formerIDs[String(key[key.index(after: tab)...]) + "\t" + updateID[split...], default: []].append(incidentID)
        }
    }

    /// The id of the vanished incident under which `channel` received `notice`'s update, if any.
    func formerID(of notice: UpdateNotice, channel: String) -> String? {
        guard notice.id.hasPrefix(notice.incidentID) else { return nil }
        return formerIDs[channel + "\t" + notice.id.dropFirst(notice.incidentID.count)]?.min()
    }

    /// Where the time part of `updateID` starts: its `-YYYYMMDDTHHMMSSZ`, and a `-N` after it.
    private static func timePart(of updateID: Substring) -> Substring.Index? {
        let match = updateID.firstMatch(of: /-\d{8}T\d{6}Z(?:-\d+)?$/)
        return match?.range.lowerBound
    }
}
