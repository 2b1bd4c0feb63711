import Foundation
import StatusgenModel

/// Works out where an incident or maintenance stands at `now`, from its updates and window.
///
/// Updates dated after `now` are not yet known and are left out, so that a build with `--now` in
/// the past shows the site as it was then. An incident with no update by `now` has not begun.
/// A maintenance is upcoming before its window, in progress during it (or once an `in_progress`
/// or `verifying` update says so), and completed after its `ends` or once a `completed` update says so.
/// A maintenance whose latest status word is `cancelled` is over from that update on, with status
/// `cancelled`: it is never in progress again, and if it was called off before its window it lasted no time.
struct IncidentResolver {
    let now: Date

    func resolve(_ incident: Incident) -> TimelineIncident? {
        let known = incident.updates.filter { $0.time <= now }
        switch incident.kind {
        case .incident: return resolveIncident(incident, updates: known)
        case .maintenance: return resolveMaintenance(incident, updates: known)
        }
    }

    private func resolveIncident(_ incident: Incident, updates: [IncidentUpdate]) -> TimelineIncident? {
        guard let first = updates.first else { return nil }
        let timeline = effectiveUpdates(updates, initial: .investigating)
        var resolvedAt: Date?
        // Walk back from the newest update through the final run of resolved ones.
        for update in timeline {
            guard update.effectiveStatus == .resolved else { break }
            if update.update.status == .resolved { resolvedAt = update.update.time }
        }
        let status = timeline.first?.effectiveStatus ?? .investigating
        return TimelineIncident(
            incident: incident, phase: status == .resolved ? .resolved : .active, status: status, updates: timeline,
            startedAt: first.time, endedAt: status == .resolved ? resolvedAt : nil, detectedOutages: [])
    }

    private func resolveMaintenance(_ incident: Incident, updates: [IncidentUpdate]) -> TimelineIncident? {
        guard let window = incident.window else { return nil }
        let timeline = effectiveUpdates(updates, initial: .scheduled)
        let written = timeline.first?.effectiveStatus
        let completedAt = timeline.first { $0.update.status == .completed }?.update.time
        let cancelledAt = timeline.first { $0.update.status == .cancelled }?.update.time
        let startedEarly = timeline.last { $0.update.status == .inProgress && $0.update.time < window.starts }?.update
            .time
        let phase: IncidentPhase
        let status: UpdateStatus
        if written == .cancelled {
            // Called off: over from that moment on, whatever its window says.
            phase = .completed
            status = .cancelled
        } else if written == .completed || now >= window.ends {
            phase = .completed
            status = .completed
        } else if now >= window.starts || written == .inProgress || written == .verifying {
            phase = .inProgress
            status = written == .verifying ? .verifying : .inProgress
        } else {
            phase = .upcoming
            status = .scheduled
        }
        let endedAt: Date? =
            switch (phase, written) {
            case (.completed, .cancelled?): cancelledAt
            case (.completed, .completed?): completedAt
            case (.completed, _): window.ends
            default: nil
            }
        // A maintenance marked completed before its window (called off) lasted no time at all.
        let startedAt = min(startedEarly ?? window.starts, endedAt ?? .distantFuture)
        return TimelineIncident(
            incident: incident, phase: phase, status: status, updates: timeline,
            startedAt: startedAt, endedAt: endedAt, detectedOutages: [])
    }

    /// The updates newest first, each with the status it leaves the incident in.
    private func effectiveUpdates(_ updates: [IncidentUpdate], initial: UpdateStatus) -> [TimelineUpdate] {
        var current = initial
        var result: [TimelineUpdate] = []
        for update in updates {
            if update.status != .update { current = update.status }
            result.append(TimelineUpdate(update: update, effectiveStatus: current))
        }
        return result.reversed()
    }
}
