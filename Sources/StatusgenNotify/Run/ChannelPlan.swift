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
    /// The notices of the updates in `deferred` that the site still has, by update id.
    public var deferredNotices: [String: UpdateNotice]

    /// The plan of every channel: each notified update (its incident not `notify: false`, the update not
    /// quiet) that the ledger does not hold for the channel.
    public static func plans(notices: [UpdateNotice], channels: [NotifyChannel], ledger: Ledger) -> [ChannelPlan] {
        channels.map { channel in
            let due = notices.filter { $0.isNotified && !ledger.contains(updateID: $0.id, channel: channel.name) }
            let stopped = { (notice: UpdateNotice) in
                ledger.unconfirmedDeliveries(updateID: notice.id, channel: channel.name)
            }
            let maybe = due.filter { stopped($0) == 1 }
            let deferred = ledger.deferrals(channel: channel.name)
            let deferredIDs = Set(deferred.map(\.updateID))
            return ChannelPlan(
                channel: channel, pending: due.filter { stopped($0) == 0 } + maybe,
                maybeDelivered: Set(maybe.map(\.id)), held: due.filter { stopped($0) >= 2 },
                hasStarted: ledger.hasStarted(channel.name), deferred: deferred,
                deferredNotices: Dictionary(
                    notices.filter { deferredIDs.contains($0.id) }.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
            )
        }
    }
}
