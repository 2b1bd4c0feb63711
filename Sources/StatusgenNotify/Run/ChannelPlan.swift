import StatusgenModel
import StatusgenRendering

/// What one channel is due: the updates not yet in the ledger for it, oldest first, except that an update
/// which a stopped run began to send (and may have delivered) comes after those never tried, and one
/// that two stopped runs began to send is held.
///
/// That keeps every update to at most two deliveries: a run killed while sending leaves its update
/// maybe delivered; the next run starts with another one, so a run of kills does not land on the same
/// update again and again; and an update that may have arrived twice is not sent a third time but
/// reported until the operator settles it in the ledger.
public struct ChannelPlan: Sendable {
    public var channel: NotifyChannel
    /// The updates to send, or to record with `--baseline`.
    public var pending: [UpdateNotice]
    /// The pending updates that a stopped run began to send once (they may have arrived already).
    public var maybeDelivered: Set<String>
    /// The updates that two stopped runs began to send: they may have arrived twice and are not sent again.
    public var held: [UpdateNotice]
    /// Whether the ledger already has a history for the channel.
    public var hasStarted: Bool
    /// The email recipients that refused an update for now, to try again.
    public var deferred: [Ledger.Deferral]
    /// The notices of the updates in `deferred` that the site still has, by update id: under the id, or,
    /// when the update's incident file was renamed, the one update of the same moment under another id.
    public var deferredNotices: [String: UpdateNotice]

    /// The plan of every channel: each notified update (its incident not `notify: false`, the update not
    /// quiet) that the ledger does not hold for the channel, and the recipients it deferred; `incidentIDs` are
    /// the site's incidents, to find a deferred update whose incident file was renamed.
    public static func plans(
        notices: [UpdateNotice], channels: [NotifyChannel], ledger: Ledger, incidentIDs: Set<String>
    ) -> [ChannelPlan] {
        let byID = Dictionary(notices.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        return channels.map { channel in
            let due = notices.filter { $0.isNotified && !ledger.contains(updateID: $0.id, channel: channel.name) }
            let stopped = { (notice: UpdateNotice) in
                ledger.unconfirmedDeliveries(updateID: notice.id, channel: channel.name)
            }
            let maybe = due.filter { stopped($0) == 1 }
            let deferred = ledger.deferrals(channel: channel.name)
            var deferredNotices: [String: UpdateNotice] = [:]
            for id in Set(deferred.map(\.updateID)) {
                deferredNotices[id] =
                    byID[id]
                    ?? renamed(
                        id,
                        among: notices.filter {
                            $0.isNotified && !ledger.wasSent(updateID: $0.id, channel: channel.name)
                        },
                        incidentIDs: incidentIDs)
            }
            return ChannelPlan(
                channel: channel, pending: due.filter { stopped($0) == 0 } + maybe,
                maybeDelivered: Set(maybe.map(\.id)), held: due.filter { stopped($0) >= 2 },
                hasStarted: ledger.hasStarted(channel.name), deferred: deferred, deferredNotices: deferredNotices)
        }
    }

    /// The update that `updateID` names after its incident file was renamed: the one notice of the same
    /// moment (the id's time part) under another incident, when `updateID`'s incident is gone. `notices` are
    /// those the channel was not sent (a renamed update is recorded as `baseline`), so that another
    /// incident's update of that moment is not taken for it.
    static func renamed(_ updateID: String, among notices: [UpdateNotice], incidentIDs: Set<String>) -> UpdateNotice? {
        guard let split = RenamedUpdates.timePart(of: updateID[...]),
            !incidentIDs.contains(String(updateID[..<split]))
        else { return nil }
        let moment = updateID[split...]
        let candidates = notices.filter { $0.id.hasSuffix(moment) && $0.id.dropLast(moment.count) == $0.incidentID }
        return candidates.count == 1 ? candidates[0] : nil
    }
}
