import Foundation
import StatusgenCore
import StatusgenModel
import StatusgenRendering

/// What a run does with the email recipients that refused one update for now (`Ledger.Deferral`): which it
/// tries again, which it holds, and which it gives up on, and why. Made before anything is sent, so that
/// `--dry-run` shows the same.
struct DeferredTries {
    /// A recipient the run settles or tries: its token, and its address when the update still goes to it.
    struct Recipient {
        var token: String
        var address: String?
        /// The message for it, when it is tried now.
        var message: OutgoingMessage?
        /// Whether a stopped run began a try of it (which may have arrived).
        var maybeDelivered = false
    }

    let updateID: String
    /// Tried now.
    var tries: [Recipient] = []
    /// Two stopped runs began to send it to them: not sent a third time until the operator settles it.
    var held: [Recipient] = []
    /// Refused for now for longer than `Ledger.deferralLimit`: given up.
    var expired: [Recipient] = []
    /// No longer subscribed to the update (or the site no longer has the update): not tried again.
    var gone: [Recipient] = []
    /// Whether the site no longer has the update at all.
    var isUpdateGone = false

    /// The tries of `plan`'s deferrals, by update id, at `now`.
    static func make(_ plan: ChannelPlan, channel: any NotificationChannel, now: Date) -> [DeferredTries] {
        let name = plan.channel.name
        return Dictionary(grouping: plan.deferred, by: \.updateID).sorted { $0.key < $1.key }.map {
            updateID, deferrals in
            var tries = DeferredTries(updateID: updateID)
            // Each message the update would send now, by its recipient's token.
            var messages: [String: (address: String, message: OutgoingMessage)] = [:]
            if let notice = plan.deferredNotices[updateID] {
                for message in channel.messages(for: notice) {
                    guard case .mail(let mail) = message else { continue }
                    let token = RecipientToken.make(updateID: updateID, channel: name, address: mail.to)
                    messages[token] = (mail.to, message)
                }
            } else {
                tries.isUpdateGone = true
            }
            for deferral in deferrals {
                let found = messages[deferral.recipient]
                var recipient = Recipient(token: deferral.recipient, address: found?.address)
                let since = try? TimestampParser.parse(deferral.since)
                if since.map({ now.timeIntervalSince($0) > Ledger.deferralLimit }) ?? true {
                    tries.expired.append(recipient)
                } else if found == nil {
                    tries.gone.append(recipient)
                } else if deferral.unconfirmed >= 2 {
                    tries.held.append(recipient)
                } else {
                    recipient.message = found?.message
                    recipient.maybeDelivered = deferral.unconfirmed == 1
                    tries.tries.append(recipient)
                }
            }
            return tries
        }
    }

    /// "full@example.com", or "a recipient (TOKEN)" when the address is no longer known.
    static func name(_ recipient: Recipient) -> String {
        recipient.address ?? "a recipient (\(recipient.token))"
    }
}
