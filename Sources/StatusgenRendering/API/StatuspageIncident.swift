import Foundation
import StatusgenModel

/// One incident or maintenance as a Statuspage incident object, with its updates.
///
/// - id: the incident's id (its file name); an update's id is the incident's id, `-`, and the update's
///   time in UTC (`2026-11-24-uk-mail-flow-20261124T105200Z`), and for a second or later update in the
///   same second its place (`…T105200Z-2`), so unique within the incident.
/// - status: the current status word; a cancelled maintenance, and its `cancelled` updates, say
///   `completed`, since Statuspage has no other word for a maintenance that is over.
/// - impact: the front matter's impact for an incident, `maintenance` for a maintenance.
/// - created_at and started_at: the first update, or for a maintenance without one its planned start;
///   updated_at: the latest of its updates, its start once passed and its end.
/// - resolved_at: when it was resolved, completed or cancelled; monitoring_at: the latest `monitoring` update.
/// - shortlink: the absolute address of its page.
/// - incident_updates: newest first; `body` is the update's text without markup; `affected_components`
///   lists each component the incident names with the status before and after the update: the status in
///   the front matter while the incident is open (a maintenance in progress or verifying), `operational`
///   otherwise; `null` when it names none.
/// - components: the objects of the components it names, as in `components.json`.
/// - affected_text: names of affected things that are not components (`affected_text:`), only when there are.
/// - scheduled_for, scheduled_until: a maintenance's planned window (maintenances only).
/// - a maintenance that its window started or ended, with no update saying so, gets the update Statuspage
///   posts itself then (`in_progress` at its start, `completed` at its end, in the site's words), so that a
///   client showing the newest update does not say "scheduled" of work under way or over.
/// - reminder_intervals is `null`, and each update has deliver_notifications `true`, custom_tweet and
///   tweet_id `null`: Statuspage's clients expect these keys, and statusgen sends no reminders or tweets.
struct StatuspageIncident {
    let item: TimelineIncident
    let pageID: String
    let components: StatuspageComponents
    let context: RenderingContext

    var json: JSONValue {
        let incident = item.incident
        let isMaintenance = incident.kind == .maintenance
        let oldestFirst = withWindowUpdates(Array(item.updates.reversed()))
        let createdAt = oldestFirst.first?.update.time ?? incident.window?.starts ?? item.startedAt
        let updatedAt =
            ([createdAt] + oldestFirst.map(\.update.time) + [item.startedAt].filter { $0 <= context.timeline.now }
            + [item.endedAt].compactMap { $0 }).max() ?? createdAt
        let monitoringAt = isMaintenance ? nil : item.updates.first { $0.update.status == .monitoring }?.update.time
        var members: [(key: String, value: JSONValue)] = [
            ("id", .string(item.id)),
            ("name", .string(incident.title)),
            ("status", .string(Self.word(item.status))),
            ("created_at", StatuspageTime.json(createdAt)),
            ("updated_at", StatuspageTime.json(updatedAt)),
            ("monitoring_at", StatuspageTime.json(monitoringAt)),
            ("resolved_at", StatuspageTime.json(item.endedAt)),
            ("impact", .string(isMaintenance ? "maintenance" : incident.impact.rawValue)),
            ("shortlink", .string(context.config.baseURL + RenderingContext.path(ofIncident: item.id))),
            ("started_at", StatuspageTime.json(createdAt)),
            ("page_id", .string(pageID)),
            ("incident_updates", .array(updates(oldestFirst).reversed())),
            ("components", .array(incident.components.compactMap { components.object(forComponent: $0.id) })),
            ("reminder_intervals", .null),
        ]
        // Not a Statuspage field: clients ignore it, and it is there only when the incident has such names.
        if !incident.affectedText.isEmpty {
            members.append(("affected_text", .array(incident.affectedText.map(JSONValue.string))))
        }
        if let window = incident.window {
            members.append(("scheduled_for", StatuspageTime.json(window.starts)))
            members.append(("scheduled_until", StatuspageTime.json(window.ends)))
        }
        return .object(members)
    }

    /// The update objects, oldest first, each with the components' statuses before and after it.
    private func updates(_ oldestFirst: [TimelineUpdate]) -> [JSONValue] {
        let affected = item.incident.components
        var before = affected.map { _ in ComponentStatus.operational }
        return oldestFirst.map { update in
            let open: Bool =
                switch update.effectiveStatus {
                case .investigating, .identified, .monitoring, .inProgress, .verifying: true
                default: false
                }
            let asOf = item.incident.components(after: update.update)
            let after = asOf.map { open ? $0.status : .operational }
            let changes: JSONValue =
                affected.isEmpty
                ? .null
                : .array(
                    affected.indices.map { index in
                        .object([
                            ("code", .string(affected[index].id)),
                            ("name", .string(context.componentName(affected[index].id))),
                            ("old_status", .string(before[index].rawValue)),
                            ("new_status", .string(after[index].rawValue)),
                        ])
                    })
            before = after
            let time = StatuspageTime.json(update.update.time)
            return .object([
                ("id", .string(item.updateID(of: update))),
                ("status", .string(Self.word(update.effectiveStatus))),
                ("body", .string(update.update.bodyText)),
                ("incident_id", .string(item.id)),
                ("created_at", time),
                ("updated_at", time),
                ("display_at", time),
                ("affected_components", changes),
                ("deliver_notifications", .bool(true)),
                ("custom_tweet", .null),
                ("tweet_id", .null),
            ])
        }
    }

    /// `written` (oldest first) with the updates a maintenance's window made: `in_progress` at its start when
    /// no update says it began, `completed` at its end when it ended by its window; a note after one of them
    /// keeps its status. Each is left out when a written update has its very time.
    private func withWindowUpdates(_ written: [TimelineUpdate]) -> [TimelineUpdate] {
        guard let window = item.incident.window, item.status == .inProgress || item.status == .completed else {
            return written
        }
        let times = Set(written.map(\.update.time))
        var made: [TimelineUpdate] = []
        let began = written.contains { [.inProgress, .verifying, .completed].contains($0.effectiveStatus) }
        if !began, window.starts <= context.timeline.now, !times.contains(window.starts) {
            made.append(windowUpdate(.inProgress, at: window.starts, "maintenance_auto_in_progress"))
        }
        if item.status == .completed, !written.contains(where: { $0.effectiveStatus == .completed }),
            item.endedAt == window.ends, !times.contains(window.ends)
        {
            made.append(windowUpdate(.completed, at: window.ends, "maintenance_auto_completed"))
        }
        guard !made.isEmpty else { return written }
        var status = UpdateStatus.scheduled
        return (written + made).sorted { $0.update.time < $1.update.time }.map { update in
            var update = update
            if update.update.status == .update { update.effectiveStatus = status }
            status = update.effectiveStatus
            return update
        }
    }

    /// An update that the window made, with the site's words for it.
    private func windowUpdate(_ status: UpdateStatus, at time: Date, _ key: String) -> TimelineUpdate {
        let words = context.strings.text(key)
        return TimelineUpdate(
            update: IncidentUpdate(time: time, status: status, bodyHTML: "", bodyText: words, line: 0),
            effectiveStatus: status)
    }

    /// The status word in Statuspage's vocabulary.
    static func word(_ status: UpdateStatus) -> String {
        status == .cancelled ? UpdateStatus.completed.rawValue : status.rawValue
    }
}
