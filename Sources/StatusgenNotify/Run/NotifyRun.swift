import Foundation
import StatusgenBuild
import StatusgenCore
import StatusgenModel
import StatusgenRendering

/// One `statusgen notify` run: reads the site and the ledger, then for each channel sends (or with
/// `--baseline` records, or with `--dry-run` prints) each update it has not received, appending a ledger
/// line before each delivery and one after it. A channel that fails is retried, reported, and left for the next run;
/// the other channels go on.
public struct NotifyRun {
    public let root: URL
    public let now: Date
    public let environment: [String: String]
    public let options: NotifyOptions
    /// Prints a line of the run's report (standard output).
    public let say: (String) -> Void
    /// Prints a warning or a failure (standard error).
    public let warn: (String) -> Void

    var retry = Retry()

    public init(
        root: URL, now: Date, environment: [String: String], options: NotifyOptions,
        say: @escaping (String) -> Void, warn: @escaping (String) -> Void
    ) {
        self.root = root
        self.now = now
        self.environment = environment
        self.options = options
        self.say = say
        self.warn = warn
    }

    /// Runs; returns whether every due update reached every channel. Throws when the site, its settings
    /// or the ledger cannot be read, or a channel is new on a site with history and `--baseline` is not given.
    public func run() async throws -> Bool {
        let site = try SiteNotices(root: root, now: now)
        let channels = try selectedChannels(site.config)
        let ledgerPath = SiteLayout.notifyLedgerPath
        let ledgerURL = root.appendingPathComponent(ledgerPath)
        let file: LedgerFile?
        let ledger: Ledger
        if options.dryRun {
            file = nil
            let text = FileManager.default.contents(atPath: ledgerURL.path).flatMap {
                String(data: $0, encoding: .utf8)
            }
            ledger = try text.map { try Ledger.parse($0, path: ledgerPath).ledger } ?? Ledger()
        } else {
            file = try await LedgerFile(url: ledgerURL, displayPath: ledgerPath) {
                warn("\(ledgerPath): another statusgen notify is running on this site; waiting for it to finish")
            }
            ledger = try file!.read { warn($0.description) }
        }
        // Only the updates that some channel has not received, or that a recipient refused for now: the plans
        // need no other.
        let deferredIDs = Set(channels.flatMap { ledger.deferrals(channel: $0.name).map(\.updateID) })
        // A deferred update's moment, for an update whose incident file was renamed since.
        let moments = Set(deferredIDs.compactMap { id in RenamedUpdates.timePart(of: id[...]).map { id[$0...] } })
        let notices = site.notices { id in
            deferredIDs.contains(id) || channels.contains { !ledger.contains(updateID: id, channel: $0.name) }
                || (!moments.isEmpty
                    && RenamedUpdates.timePart(of: id[...]).map { moments.contains(id[$0...]) } == true)
        }
        var plans = ChannelPlan.plans(
            notices: notices, channels: channels, ledger: ledger, incidentIDs: site.incidentIDs)
        if !options.baseline, plans.contains(where: { $0.hasStarted && !$0.pending.isEmpty }) {
            let renamed = RenamedUpdates(
                ledger: ledger, incidentIDs: site.incidentIDs, plans: plans.filter(\.hasStarted))
            for index in plans.indices where plans[index].hasStarted {
                plans[index] = try setAside(plans[index], renamed, file: file)
            }
        }
        // A channel with no history on a site with updates would be sent them all: it waits for --baseline,
        // while the channels that have a history are sent what is new, an outage's update among it.
        let waits = { (plan: ChannelPlan) in
            !options.baseline && !options.dryRun && !plan.hasStarted && !plan.pending.isEmpty
        }
        let factory = ChannelFactory(root: root, site: site, environment: environment, dryRun: options.dryRun)
        var succeeded = true
        // Not even made: a channel just added may still lack its secret or subscribers, which must not stop
        // the others.
        for plan in plans where !waits(plan) {
            if options.dryRun {
                print(plan, try factory.make(plan))
            } else if options.baseline || !plan.hasStarted {
                // Recorded without the channel: a baseline needs neither its secret nor its subscribers.
                try record(plan, in: file!)
            } else {
                // A channel that cannot be made (a secret not set) fails alone; the others are sent.
                do {
                    succeeded = await send(plan, try factory.make(plan), file: file!) && succeeded
                } catch {
                    warn("\(error)")
                    let retries = "\(plan.deferred.count) tries again for recipients who refused an update for now"
                    let waiting = [
                        plan.pending.isEmpty ? nil : Self.updates(plan.pending.count),
                        plan.deferred.isEmpty ? nil : retries,
                    ].compactMap { $0 }.joined(separator: " and ")
                    warn(
                        "\(plan.channel.name): \(waiting) not sent, for the problem above; the next run sends"
                            + " \(plan.pending.count + plan.deferred.count == 1 ? "it" : "them") once it is fixed")
                    succeeded = false
                }
            }
        }
        let waiting = plans.filter(waits)
        if !waiting.isEmpty {
            // A plain --baseline is safe only while no channel of the site has a history to lose updates from.
            let othersStarted = site.config.notify.contains { ledger.hasStarted($0.name) }
            throw CommandFailure(Self.baselineMessage(waiting, namingChannels: othersStarted))
        }
        return succeeded
    }

    private func selectedChannels(_ config: SiteConfig) throws -> [NotifyChannel] {
        guard !config.notify.isEmpty else {
            throw CommandFailure("\(SiteLayout.configPath): no channels are declared under 'notify:'")
        }
        let names = config.notify.map(\.name)
        for name in options.channels where !names.contains(name) {
            throw CommandFailure(
                "--channel: no channel '\(name)' under 'notify:'" + Suggestion.hint(for: name, among: names))
        }
        return config.notify.filter { options.channels.isEmpty || options.channels.contains($0.name) }
    }

    /// `plan` without the updates its channel received under an incident id the site no longer has (a
    /// renamed file): each is named in a warning, and recorded as sent without being sent again.
    private func setAside(_ plan: ChannelPlan, _ renamed: RenamedUpdates, file: LedgerFile?) throws -> ChannelPlan {
        let name = plan.channel.name
        var plan = plan
        var setAside: [LedgerEntry] = []
        let time = RFC3339.string(from: BuildClock.now())
        plan.pending.removeAll { notice in
            guard let former = renamed.formerID(of: notice, channel: name) else { return false }
            warn(
                "\(name): \(notice.id) not sent: the channel had it as an update of \(former), which the site no"
                    + " longer has (was \(SiteLayout.incidentPath(former)) renamed?); "
                    + (options.dryRun ? "it would be recorded as sent" : "recorded as sent"))
            setAside.append(LedgerEntry(updateID: notice.id, channel: name, time: time, note: .baseline))
            return true
        }
        if !options.dryRun { try file?.append(setAside) }
        plan.maybeDelivered.subtract(setAside.map(\.updateID))
        return plan
    }

    /// Starts the channel's history, marking its pending updates as sent without sending them.
    private func record(_ plan: ChannelPlan, in file: LedgerFile) throws {
        let time = RFC3339.string(from: BuildClock.now())
        let start = LedgerEntry(updateID: "*", channel: plan.channel.name, time: time, note: .start)
        try file.append(
            (plan.hasStarted ? [] : [start])
                + plan.pending.map {
                    LedgerEntry(updateID: $0.id, channel: plan.channel.name, time: time, note: .baseline)
                })
        say("\(plan.channel.name): baseline: \(Self.updates(plan.pending.count)) recorded as sent, none sent")
    }

    private func send(_ plan: ChannelPlan, _ channel: any NotificationChannel, file: LedgerFile) async -> Bool {
        let name = plan.channel.name
        for notice in plan.held {
            warn(
                "\(name): \(notice.id) held: two runs were stopped while sending it, so it may have arrived twice;"
                    + " it is not sent again. If it did not arrive, delete its 'sending' lines from"
                    + " \(SiteLayout.notifyLedgerPath); if it did, add a 'sent' line for it")
        }
        // The recipients that refused an earlier update for now come first: each gets its updates in order.
        let deferred = DeferredTries.make(plan, channel: channel, now: BuildClock.now())
        let retried = await retryDeferred(deferred, name: name, channel, file: file)
        for notice in plan.pending {
            let messages = channel.messages(for: notice)
            if plan.maybeDelivered.contains(notice.id) {
                warn(
                    "\(name): \(notice.id): a run that was stopped began sending it; it is sent again and may arrive"
                        + " twice")
            }
            guard append(notice, name, .sending, to: file) else { return false }
            var refused: [RecipientRefusal] = []
            let (attempts, failure) = await retry.run { () throws(DeliveryFailure) in
                refused = try await channel.send(messages)
                if let first = refused.first, refused.count == messages.count {
                    throw DeliveryFailure(
                        "every recipient was refused: \(first.text)", isRetryable: refused.allSatisfy(\.isTemporary))
                }
            }
            if let failure {
                let tries = attempts == 1 ? "1 attempt" : "\(attempts) attempts"
                if failure.mayHaveArrived {
                    // Left as a 'sending' line: a delivery that may have arrived, counted like a stopped run's; the
                    // second such line holds it.
                    let next =
                        plan.maybeDelivered.contains(notice.id)
                        ? "this is the second run that may have sent it, so the next run holds it rather than send it"
                            + " a third time"
                        : "it is sent again by the next run and may arrive twice"
                    warn("\(name): \(notice.id) may not have been taken (\(tries)): \(failure.reason); \(next)")
                } else {
                    warn("\(name): \(notice.id) not sent (\(tries)): \(failure.reason); it is sent on the next run")
                    _ = append(notice, name, .failed, to: file)
                }
                return false
            }
            for refusal in refused {
                warn(
                    "\(name): \(notice.id): refused \(refusal.isTemporary ? "for now " : "")by \(refusal.text); the other"
                        + " recipients have it"
                        + (refusal.isTemporary ? ", and the next runs try this one again for up to 5 days" : ""))
            }
            // With the update's 'sent' line, in one write: a run stopped here cannot lose the recipients to try.
            let time = RFC3339.string(from: BuildClock.now())
            let lines =
                [LedgerEntry(updateID: notice.id, channel: name, time: time, note: .sent)]
                + refused.filter(\.isTemporary).map {
                    LedgerEntry(
                        updateID: notice.id, channel: name, time: time, note: .deferred,
                        recipient: RecipientToken.make(updateID: notice.id, channel: name, address: $0.address))
                }
            guard append(lines, to: file) else { return false }
            say("\(name): sent \(notice.id) to \(channel.recipients(reached: messages.count - refused.count))")
        }
        if plan.pending.isEmpty && plan.held.isEmpty && deferred.allSatisfy({ $0.tries.isEmpty && $0.held.isEmpty }) {
            say("\(name): nothing to send")
        }
        return plan.held.isEmpty && retried
    }

    /// Appends a ledger line for `notice`; reports a failure to write it and returns false.
    private func append(_ notice: UpdateNotice, _ channel: String, _ note: LedgerEntry.Note, to file: LedgerFile)
        -> Bool
    {
        let time = RFC3339.string(from: BuildClock.now())
        return append([LedgerEntry(updateID: notice.id, channel: channel, time: time, note: note)], to: file)
    }

    /// Appends `entries` with one write; reports a failure to write them and returns false.
    func append(_ entries: [LedgerEntry], to file: LedgerFile) -> Bool {
        guard !entries.isEmpty else { return true }
        do {
            try file.append(entries)
            return true
        } catch {
            warn("\(error)")
            return false
        }
    }

    private func print(_ plan: ChannelPlan, _ channel: any NotificationChannel) {
        say("== channel \(plan.channel.name) (\(plan.channel.kind.rawValue)) to \(channel.recipients)")
        if !plan.hasStarted && !plan.pending.isEmpty {
            say(
                "(new channel: a real run needs 'statusgen notify --baseline --channel \(plan.channel.name)', which"
                    + " records these \(Self.updates(plan.pending.count)) as sent without sending them)")
        }
        let deferred = DeferredTries.make(plan, channel: channel, now: BuildClock.now())
        if plan.pending.isEmpty && plan.held.isEmpty && deferred.allSatisfy({ $0.tries.isEmpty && $0.held.isEmpty }) {
            say("nothing to send")
        }
        printDeferred(deferred)
        for notice in plan.held {
            say("held, not sent: \(notice.id) (two stopped runs began sending it; see the ledger)")
        }
        for notice in plan.pending {
            if plan.maybeDelivered.contains(notice.id) {
                say("(\(notice.id): a stopped run began sending it; it would be sent again and may arrive twice)")
            }
            for message in channel.messages(for: notice) {
                say(DryRunText.describe(message, updateID: notice.id))
            }
        }
    }

    /// Why the channels of `plans` were not sent to, and the baseline that starts them; with
    /// `namingChannels` (another channel of the site has a history), the baseline names these channels
    /// alone, since a plain one would record the others' unsent updates as sent.
    static func baselineMessage(_ plans: [ChannelPlan], namingChannels: Bool) -> String {
        let list = plans.map { "'\($0.channel.name)' (\(updates($0.pending.count)))" }.joined(separator: ", ")
        let baseline =
            namingChannels
            ? "statusgen notify --baseline " + plans.map { "--channel \($0.channel.name)" }.joined(separator: " ")
            : "statusgen notify --baseline"
        return "\(SiteLayout.notifyLedgerPath): no history yet for \(list): the site already has updates, which"
            + " would all be sent now. Run '\(baseline)' to record them as sent without sending"
            + (namingChannels
                ? " (a plain --baseline would also record the other channels' unsent updates as sent)"
                : " (add --channel NAME for one channel)")
            + ", then run 'statusgen notify' for the updates that follow."
    }

    /// "1 update", "4 updates".
    private static func updates(_ count: Int) -> String {
        "\(count) update\(count == 1 ? "" : "s")"
    }
}
