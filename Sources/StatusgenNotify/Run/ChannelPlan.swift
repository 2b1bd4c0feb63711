import StatusgenModel
import StatusgenRendering

/// What one channel is due: the updates not yet in the ledger for it, oldest first.
public struct ChannelPlan: Sendable {
    public var channel: NotifyChannel
    /// The updates to send, or to record with `--baseline`.
    public var pending: [UpdateNotice]
    /// Whether the ledger already has a history for the channel.
    public var hasStarted: Bool

    /// The plan of every channel: each notified update (its incident not `notify: false`, the update not
    /// quiet) that the ledger does not hold for the channel.
    public static func plans(notices: [UpdateNotice], channels: [NotifyChannel], ledger: Ledger) -> [ChannelPlan] {
        channels.map { channel in
            ChannelPlan(
                channel: channel,
                pending: notices.filter { $0.isNotified && !ledger.contains(updateID: $0.id, channel: channel.name) },
                hasStarted: ledger.hasStarted(channel.name))
        }
    }
}
