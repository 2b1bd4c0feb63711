import Foundation
import StatusgenBuild
import StatusgenCore
import StatusgenModel
import StatusgenRendering

extension NotifyRun {
    /// Tries again, update by update, the email recipients of `plan` that refused an update for now (a full
    /// mailbox), with a `sending` line before and a line for each recipient after: `sent`, `deferred` (refused
    /// for now again, or the session failed) or `refused` (for good). A recipient is not tried again once
    /// `Ledger.deferralLimit` has passed since its first refusal, nor once it no longer follows the update
    /// (unsubscribed) or the site no longer has it; each is said. Returns false when a try failed, or a
    /// recipient is held because two stopped runs began to send it the update.
    func retryDeferred(_ plan: ChannelPlan, _ channel: any NotificationChannel, file: LedgerFile) async -> Bool {
        let name = plan.channel.name
        var succeeded = true
        for (updateID, deferrals) in Dictionary(grouping: plan.deferred, by: \.updateID).sorted(by: { $0.key < $1.key })
        {
            let now = BuildClock.now()
            let time = RFC3339.string(from: now)
            func line(_ token: String, _ note: LedgerEntry.Note) -> LedgerEntry {
                LedgerEntry(updateID: updateID, channel: name, time: time, note: note, recipient: token)
            }
            let expired = deferrals.filter {
                (try? TimestampParser.parse($0.since)).map { now.timeIntervalSince($0) > Ledger.deferralLimit } ?? true
            }
            if !expired.isEmpty {
                warn(
                    "\(name): \(updateID): \(Self.recipients(expired.count)) refused it for now for 5 days; given up"
                        + " (recorded as refused)")
            }
            var open = deferrals.filter { !expired.contains($0) }
            for deferral in open where deferral.unconfirmed >= 2 {
                warn(
                    "\(name): \(updateID) held for recipient \(deferral.recipient): two runs were stopped while sending"
                        + " it to them, so it may have arrived twice; it is not sent again. If it did not arrive, delete"
                        + " that recipient's 'sending' lines from \(SiteLayout.notifyLedgerPath); if it did, add a"
                        + " 'sent' line for them")
                succeeded = false
            }
            open.removeAll { $0.unconfirmed >= 2 }
            // The messages to the open recipients, with their tokens; nil when the site no longer has the update.
            let retries = plan.deferredNotices[updateID].map { notice in
                channel.messages(for: notice).compactMap { message -> (message: OutgoingMessage, token: String)? in
                    guard let token = token(of: message, updateID, name),
                        open.contains(where: { $0.recipient == token })
                    else { return nil }
                    return (message, token)
                }
            }
            let gone = open.filter { deferral in !(retries ?? []).contains { $0.token == deferral.recipient } }
            if !gone.isEmpty {
                warn(
                    "\(name): \(updateID): not tried again for \(Self.recipients(gone.count)) that refused it for now: "
                        + (retries == nil ? "the site no longer has the update" : "no longer subscribed to it")
                        + " (recorded as refused)")
            }
            guard append((expired + gone).map { deferral in line(deferral.recipient, .refused) }, to: file) else {
                return false
            }
            guard let retries, !retries.isEmpty else { continue }
            let messages = retries.map(\.message)
            let tokens = retries.map(\.token)
            if open.contains(where: { $0.unconfirmed == 1 }) {
                warn(
                    "\(name): \(updateID): a run that was stopped began sending it to a recipient who had refused it"
                        + " for now; it is sent again and may arrive twice")
            }
            guard append(tokens.map { line($0, .sending) }, to: file) else { return false }
            var refused: [RecipientRefusal] = []
            let (attempts, failure) = await retry.run { () throws(DeliveryFailure) in
                refused = try await channel.send(messages)
            }
            if let failure {
                let tries = attempts == 1 ? "1 attempt" : "\(attempts) attempts"
                if failure.mayHaveArrived {
                    warn(
                        "\(name): \(updateID), tried again for \(Self.recipients(messages.count)), may not have been"
                            + " taken (\(tries)): \(failure.reason); the next run sends it again and it may arrive twice"
                    )
                } else {
                    warn(
                        "\(name): \(updateID) not sent to \(Self.recipients(messages.count)) that refused it for now"
                            + " (\(tries)): \(failure.reason); the next run tries again")
                    _ = append(tokens.map { line($0, .deferred) }, to: file)
                }
                return false
            }
            let after = RFC3339.string(from: BuildClock.now())
            let outcomes = zip(messages, tokens).map { message, token in
                let refusal = refused.first { $0.address == address(of: message) }
                let note: LedgerEntry.Note = refusal.map { $0.isTemporary ? .deferred : .refused } ?? .sent
                return LedgerEntry(updateID: updateID, channel: name, time: after, note: note, recipient: token)
            }
            guard append(outcomes, to: file) else { return false }
            for refusal in refused {
                warn(
                    "\(name): \(updateID): refused \(refusal.isTemporary ? "for now " : "")again for \(refusal.text)"
                        + (refusal.isTemporary ? "; the next runs try again" : "; not tried again"))
            }
            let reached = messages.count - refused.count
            if reached > 0 {
                say("\(name): sent \(updateID) to \(Self.recipients(reached)) that had refused it for now")
            }
        }
        return succeeded
    }

    private func address(of message: OutgoingMessage) -> String? {
        if case .mail(let mail) = message { mail.to } else { nil }
    }

    private func token(of message: OutgoingMessage, _ updateID: String, _ channel: String) -> String? {
        address(of: message).map { RecipientToken.make(updateID: updateID, channel: channel, address: $0) }
    }

    /// "1 recipient", "3 recipients".
    private static func recipients(_ count: Int) -> String {
        "\(count) recipient\(count == 1 ? "" : "s")"
    }
}
