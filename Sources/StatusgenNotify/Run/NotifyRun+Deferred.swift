import Foundation
import StatusgenBuild
import StatusgenCore
import StatusgenModel
import StatusgenRendering

extension NotifyRun {
    /// Tries again, update by update (`deferred`), the email recipients of a channel that refused an update for now (a full
    /// mailbox), with a `sending` line before and a line for each recipient after: `sent`, `deferred` (refused
    /// for now again, or the session failed) or `refused` (for good). A recipient is not tried again once
    /// `Ledger.deferralLimit` has passed since its first refusal, nor once it no longer follows the update
    /// (unsubscribed) or the site no longer has it; each is said (`DeferredTries`). Returns false when a try
    /// failed, or a recipient is held because two stopped runs began to send it the update.
    func retryDeferred(
        _ deferred: [DeferredTries], name: String, _ channel: any NotificationChannel, file: LedgerFile
    ) async -> Bool {
        var succeeded = true
        for tries in deferred {
            let updateID = tries.updateID
            let time = RFC3339.string(from: BuildClock.now())
            func line(_ recipient: DeferredTries.Recipient, _ note: LedgerEntry.Note) -> LedgerEntry {
                LedgerEntry(updateID: updateID, channel: name, time: time, note: note, recipient: recipient.token)
            }
            for recipient in tries.expired {
                warn(
                    "\(name): \(updateID): given up on \(DeferredTries.name(recipient)), which refused it for now for"
                        + " 5 days (recorded as refused)")
            }
            for recipient in tries.gone {
                warn(
                    "\(name): \(updateID): not tried again for \(DeferredTries.name(recipient)), which refused it for"
                        + " now: "
                        + (tries.isUpdateGone ? "the site no longer has the update" : "no longer subscribed to it")
                        + " (recorded as refused)")
            }
            for recipient in tries.held {
                warn(
                    "\(name): \(updateID) held for \(DeferredTries.name(recipient)): two runs were stopped while"
                        + " sending it to them, so it may have arrived twice; it is not sent again. If it did not"
                        + " arrive, delete the 'sending' lines ending in \(recipient.token) from"
                        + " \(SiteLayout.notifyLedgerPath); if it did, add the line"
                        + " '\(updateID)<TAB>\(name)<TAB>\(time)<TAB>sent<TAB>\(recipient.token)'")
                succeeded = false
            }
            guard append((tries.expired + tries.gone).map { line($0, .refused) }, to: file) else { return false }
            guard !tries.tries.isEmpty else { continue }
            let maybeDelivered = tries.tries.filter(\.maybeDelivered)
            for recipient in maybeDelivered {
                warn(
                    "\(name): \(updateID): a run that was stopped began sending it to \(DeferredTries.name(recipient)),"
                        + " who had refused it for now; it is sent again and may arrive twice")
            }
            guard append(tries.tries.map { line($0, .sending) }, to: file) else { return false }
            let messages = tries.tries.compactMap(\.message)
            var refused: [RecipientRefusal] = []
            // One attempt: these tries come before the run's new updates, which a relay that fails must not hold
            // back; the next run tries again.
            let (attempts, failure) = await Retry(backoff: []).run { () throws(DeliveryFailure) in
                refused = try await channel.send(messages)
            }
            let whom = tries.tries.map(DeferredTries.name).joined(separator: ", ")
            if let failure {
                let attempts = attempts == 1 ? "1 attempt" : "\(attempts) attempts"
                if failure.mayHaveArrived {
                    let next =
                        maybeDelivered.isEmpty
                        ? "the next run sends it again and it may arrive twice"
                        : "a second run may have sent it, so the next run holds it rather than send it a third time"
                    warn(
                        "\(name): \(updateID), tried again for \(whom), may not have been taken (\(attempts)):"
                            + " \(failure.reason); \(next)")
                } else {
                    warn(
                        "\(name): \(updateID) not sent to \(whom), tried again (\(attempts)): \(failure.reason);"
                            + " the next run tries again")
                    _ = append(tries.tries.map { line($0, .deferred) }, to: file)
                }
                // The relay failed: the other deferred updates wait for the next run too.
                return false
            }
            for refusal in refused {
                let outcome =
                    refusal.isTemporary
                    ? "still refused for now by \(refusal.text); the next runs try again"
                    : "refused for good by \(refusal.text); not tried again"
                warn("\(name): \(updateID): \(outcome)")
            }
            let outcomes = tries.tries.map { recipient in
                let refusal = refused.first { $0.address == recipient.address }
                return line(recipient, refusal.map { $0.isTemporary ? .deferred : .refused } ?? .sent)
            }
            guard append(outcomes, to: file) else { return false }
            let reached = tries.tries.count - refused.count
            if reached > 0 {
                say(
                    "\(name): sent \(updateID) to \(reached) recipient\(reached == 1 ? "" : "s") that had refused it"
                        + " for now")
            }
        }
        return succeeded
    }

    /// For `--dry-run`: what `retryDeferred` would do with `deferred`.
    func printDeferred(_ deferred: [DeferredTries]) {
        for tries in deferred {
            for recipient in tries.expired + tries.gone {
                say("(\(tries.updateID): \(DeferredTries.name(recipient)) would not be tried again)")
            }
            for recipient in tries.held {
                say("held, not sent: \(tries.updateID) for \(DeferredTries.name(recipient)) (see the ledger)")
            }
            for recipient in tries.tries {
                if let message = recipient.message {
                    say("(tried again: it refused this update for now)")
                    say(DryRunText.describe(message, updateID: tries.updateID))
                }
            }
        }
    }
}
