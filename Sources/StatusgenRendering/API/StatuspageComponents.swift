import Foundation
import StatusgenModel

/// The components of the API, as Statuspage lists them: each configured component, and each group as
/// a component with `group: true` and its members' ids.
///
/// - ids: a component's id is its id in `statusgen.yml`; a group's is `group-` and its name in lower case
///   with every run of other characters than a-z and 0-9 as one `-` (`Email` is `group-email`), made
///   unique with `-2`, `-3`... if it would repeat an id.
/// - position: the top-level items (groups and components without a group) are numbered from 1 in the
///   order they are first seen; a group's members are numbered from 1 within it.
/// - order: each top-level item, a group followed by its members.
/// - status: a component's current status; a group's is its worst member's.
/// - created_at / updated_at: the first and the latest moment up to the build's time at which something
///   set the component's status (an update of an incident or maintenance that names it, the start and end
///   of a maintenance that names it, the start and end of an outage its monitors detected); without any,
///   both are the start of the history. A group takes the earliest and latest of its members.
struct StatuspageComponents {
    /// Every component and group object, in order.
    let all: [JSONValue]
    private let byID: [String: JSONValue]

    init(_ timeline: Timeline, pageID: String) {
        let fallback = timeline.days.first?.start ?? timeline.now
        var groupIDs: [String: String] = [:]
        var members: [String: [ComponentState]] = [:]
        var topLevel: [(group: String?, component: ComponentState?)] = []
        var taken = Set(timeline.components.map(\.id))
        for state in timeline.components {
            guard let group = state.component.group else {
                topLevel.append((nil, state))
                continue
            }
            if groupIDs[group] == nil {
                groupIDs[group] = Self.uniqueID(forGroup: group, taken: &taken)
                topLevel.append((group, nil))
            }
            members[group, default: []].append(state)
        }

        let moments = Self.moments(in: timeline)
        func times(of id: String) -> (created: Date, updated: Date) {
            moments[id] ?? (fallback, fallback)
        }
        var all: [JSONValue] = []
        var byID: [String: JSONValue] = [:]
        for (index, item) in topLevel.enumerated() {
            if let state = item.component {
                let times = times(of: state.id)
                let object = Self.object(
                    state, position: index + 1, groupID: nil, times: times, pageID: pageID)
                all.append(object)
                byID[state.id] = object
                continue
            }
            guard let group = item.group, let groupID = groupIDs[group] else { continue }
            let states = members[group] ?? []
            let times = states.map { times(of: $0.id) }
            all.append(
                .object([
                    ("id", .string(groupID)),
                    ("name", .string(group)),
                    ("status", .string((states.map(\.status).max() ?? .operational).rawValue)),
                    ("created_at", StatuspageTime.json(times.map(\.created).min() ?? fallback)),
                    ("updated_at", StatuspageTime.json(times.map(\.updated).max() ?? fallback)),
                    ("position", .int(index + 1)),
                    ("description", .null),
                    ("showcase", .bool(false)),
                    ("start_date", .null),
                    ("group_id", .null),
                    ("page_id", .string(pageID)),
                    ("group", .bool(true)),
                    ("only_show_if_degraded", .bool(false)),
                    ("components", .array(states.map { .string($0.id) })),
                ]))
            for (memberIndex, state) in states.enumerated() {
                let object = Self.object(
                    state, position: memberIndex + 1, groupID: groupID, times: times[memberIndex], pageID: pageID)
                all.append(object)
                byID[state.id] = object
            }
        }
        self.all = all
        self.byID = byID
    }

    /// The object of the component with `id`, as in `components.json`.
    func object(forComponent id: String) -> JSONValue? {
        byID[id]
    }

    private static func object(
        _ state: ComponentState, position: Int, groupID: String?, times: (created: Date, updated: Date),
        pageID: String
    ) -> JSONValue {
        .object([
            ("id", .string(state.id)),
            ("name", .string(state.component.name)),
            ("status", .string(state.status.rawValue)),
            ("created_at", StatuspageTime.json(times.created)),
            ("updated_at", StatuspageTime.json(times.updated)),
            ("position", .int(position)),
            ("description", .optionalString(state.component.description)),
            ("showcase", .bool(true)),
            ("start_date", .null),
            ("group_id", .optionalString(groupID)),
            ("page_id", .string(pageID)),
            ("group", .bool(false)),
            ("only_show_if_degraded", .bool(false)),
        ])
    }

    /// "group-" and the group's name as lower-case words joined by "-", not yet in `taken`.
    static func uniqueID(forGroup name: String, taken: inout Set<String>) -> String {
        let slug = Slug.make(name)
        let candidate = Slug.unique(slug.isEmpty ? "group" : "group-" + slug, avoiding: taken)
        taken.insert(candidate)
        return candidate
    }

    /// The first and latest moments, up to `now`, at which something set each component's status, by
    /// component id: found in one pass over the incidents and outages.
    private static func moments(in timeline: Timeline) -> [String: (created: Date, updated: Date)] {
        var moments: [String: (created: Date, updated: Date)] = [:]
        func note(_ moment: Date, for ids: some Sequence<String>) {
            guard moment <= timeline.now else { return }
            for id in ids {
                let known = moments[id] ?? (moment, moment)
                moments[id] = (min(known.created, moment), max(known.updated, moment))
            }
        }
        for item in timeline.incidents {
            let ids = item.incident.components.map(\.id)
            for update in item.updates { note(update.update.time, for: ids) }
            if item.incident.kind == .maintenance, item.phase != .upcoming {
                note(item.startedAt, for: ids)
                if let end = item.endedAt { note(end, for: ids) }
            }
        }
        for outage in timeline.detectedOutages + timeline.incidents.flatMap(\.detectedOutages) {
            note(outage.start, for: outage.componentIDs)
            if let end = outage.end { note(end, for: outage.componentIDs) }
        }
        return moments
    }
}
