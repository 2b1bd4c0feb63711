import StatusgenModel
import StatusgenRendering

/// The updates a channel received under an incident id that the site no longer has: an incident's file
/// renamed after its updates were sent gives each of them a new id (`NEW-ID-20261124T105200Z`), and without
/// this they would all be sent again, the resolve among them.
///
/// An update is taken as one received before when the channel has an update of the same moment (the id's
/// time, with its `-2` for a second in the same second) under an id whose incident is gone.
struct RenamedUpdates {
    /// The former incident ids, by the time part of the update id and the channel ("-20261124T105200Z\tops").
    private var formerIDs: [Substring: [String]] = [:]

    /// What `ledger` holds of the updates of `plans` under ids of incidents that are not in `incidentIDs`.
    init(ledger: Ledger, incidentIDs: Set<String>, plans: [ChannelPlan]) {
        // A ledger line's key ends as the time part of its update id, a tab and the channel: looked up as a
        // slice of the key, so that the tens of thousands of lines that are not asked for cost no string.
        var asked: Set<Substring> = []
        for plan in plans {
            for notice in plan.pending {
                if let key = Self.key(of: notice, channel: plan.channel.name) { asked.insert(key) }
            }
        }
        guard !asked.isEmpty else { return }
        for key in ledger.received.keys {
            guard let tab = key.lastIndex(of: "\t"), let split = Self.timePart(of: key[..<tab]),
                asked.contains(key[split...])
            else { continue }
            let incidentID = String(key[..<split])
            guard !incidentIDs.contains(incidentID) else { continue }
            formerIDs[key[split...], default: []].append(incidentID)
        }
    }

    /// The id of the vanished incident under which `channel` received `notice`'s update, if any.
    func formerID(of notice: UpdateNotice, channel: String) -> String? {
        Self.key(of: notice, channel: channel).flatMap { formerIDs[$0]?.min() }
    }

    /// The time part of `notice`'s update id, a tab and `channel`, as a ledger key of that update ends.
    private static func key(of notice: UpdateNotice, channel: String) -> Substring? {
        guard notice.id.hasPrefix(notice.incidentID) else { return nil }
        return Substring(notice.id.dropFirst(notice.incidentID.count) + "\t" + channel)
    }

    /// Where the time part of `updateID` starts: its `-YYYYMMDDTHHMMSSZ`, and a `-N` after it. Read by hand
    /// from the end: a ledger has tens of thousands of ids, which a regular expression takes seconds over.
    static func timePart(of updateID: Substring) -> Substring.Index? {
        let bytes = updateID.utf8
        var end = bytes.endIndex
        // A "-N" after the time, for a second or later update in the same second.
        if let dash = bytes.lastIndex(of: UInt8(ascii: "-")), dash < end,
            bytes[bytes.index(after: dash)...].allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }),
            bytes.index(after: dash) < end, bytes[bytes.index(before: dash)] == UInt8(ascii: "Z")
        {
            end = dash
        }
        // "-YYYYMMDDTHHMMSSZ": 17 bytes.
        guard bytes.distance(from: bytes.startIndex, to: end) > 17 else { return nil }
        let start = bytes.index(end, offsetBy: -17)
        for (offset, byte) in bytes[start..<end].enumerated() {
            let expected: UInt8? =
                switch offset {
                case 0: UInt8(ascii: "-")
                case 9: UInt8(ascii: "T")
                case 16: UInt8(ascii: "Z")
                default: nil
                }
            if let expected {
                guard byte == expected else { return nil }
            } else {
                guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
            }
        }
        return start
    }
}
