import StatusgenModel

/// One Statuspage incident or maintenance as the text of a statusgen incident file.
struct StatuspageIncidentFile {
    let incident: StatuspagePayload.Incident
    let components: StatuspageComponents

    init(_ incident: StatuspagePayload.Incident, components: StatuspageComponents) {
        self.incident = incident
        self.components = components
    }

    /// The file: impact, components with the status the first update that names each gave it (and the names
    /// of those the page no longer lists, as `affected_text`), every update oldest first, each with the
    /// statuses it changed after that.
    func render() -> String {
        let window = maintenanceWindow
        let impact = Impact(rawValue: incident.impact ?? "") ?? .none
        let dated = datedUpdates
        var updates = Self.updates(dated)
        let components = affected(
            impact: impact, isMaintenance: window != nil, of: dated.map(\.update), updates: &updates)
        return IncidentMarkdown(
            title: incident.name, impact: impact, components: components, affectedText: unlisted, window: window,
            updates: updates
        ).render()
    }

    /// The names of the components the incident or its updates name that are not among `components` (a
    /// component deleted from the page since), in the order first named.
    var unlisted: [String] {
        let named =
            (incident.components ?? []).map { ($0.id, $0.name as String?) }
            + incident.incidentUpdates.reversed().flatMap { $0.affectedComponents ?? [] }.map { ($0.code, $0.name) }
        var seen: Set<String> = []
        return named.compactMap { code, name in
            guard components.id(code: code, name: name) == nil else { return nil }
            let text = name ?? code
            return seen.insert(text).inserted ? text : nil
        }
    }

    /// A scheduled maintenance's window, when it has one that is not empty.
    private var maintenanceWindow: (starts: Int64, ends: Int64)? {
        guard let starts = incident.scheduledFor.flatMap(Self.seconds),
            let ends = incident.scheduledUntil.flatMap(Self.seconds), ends > starts
        else { return nil }
        return (starts, ends)
    }

    /// The components the incident and its updates name, with the status each had when the incident began:
    /// the one the first update gave it, or for one a later update names first, its status before that
    /// update (`operational`, mostly); the one the incident's impact stands for when no update says. Each
    /// later change goes on its update in `updates`, but for those of an update that ends the incident,
    /// which gives every component back. A maintenance keeps its components under maintenance (or the worst
    /// status an update gave) for its whole window, as statusgen shows maintenance.
    private func affected(
        impact: Impact, isMaintenance: Bool, of payloads: [StatuspagePayload.Update],
        updates: inout [CStateUpdatePlanner.Update]
    ) -> [(id: String, status: ComponentStatus)] {
        let fallback: ComponentStatus
        if isMaintenance {
            fallback = .underMaintenance
        } else {
            fallback =
                switch impact {
                case .critical: .majorOutage
                case .major: .partialOutage
                case .minor: .degradedPerformance
                case .none: .operational
                }
        }
        func status(_ word: String?) -> ComponentStatus? { word.flatMap(ComponentStatus.init) }
        var result: [(id: String, status: ComponentStatus)] = []
        var current: [String: ComponentStatus] = [:]
        func outage(_ status: ComponentStatus?) -> ComponentStatus? { status == .operational ? nil : status }
        for (index, update) in payloads.enumerated() {
            let ends = UpdateStatus(rawValue: update.status)?.endsIncident == true
            // Each component's status before this update (a component it names first: its start).
            var atStart = current
            for change in update.affectedComponents ?? [] {
                guard let id = components.id(code: change.code, name: change.name) else { continue }
                let new = status(change.newStatus)
                if isMaintenance {
                    let worst = [new, current[id]].compactMap { $0 }.filter { $0 != .operational }.max()
                    current[id] = worst ?? current[id]
                    if !result.contains(where: { $0.id == id }) { result.append((id, fallback)) }
                    continue
                }
                let old = outage(status(change.oldStatus))
                if current[id] == nil {
                    // The worse of the first update's statuses (a first update that already tells of a recovery
                    // keeps the outage before it); for one named later, the status it had before that update.
                    let start: ComponentStatus =
                        if index == 0 {
                            [old, outage(new)].compactMap { $0 }.max() ?? new ?? fallback
                        } else if ends {
                            old ?? outage(new) ?? fallback
                        } else {
                            old ?? .operational
                        }
                    result.append((id, start))
                    current[id] = start
                    atStart[id] = start
                }
                guard index > 0, let new, !ends else { continue }
                current[id] = new
                updates[index].componentChanges.removeAll { $0.id == id }
                // Two of the page's components that are one here may undo each other.
                if new != atStart[id] {
                    updates[index].componentChanges.append(AffectedComponent(id: id, status: new))
                }
            }
        }
        for index in result.indices where isMaintenance {
            result[index].status = current[result[index].id] ?? fallback
        }
        for component in incident.components ?? [] {
            guard let id = components.id(code: component.id, name: component.name),
                !result.contains(where: { $0.id == id })
            else { continue }
            result.append((id, fallback))
        }
        return result
    }

    /// The updates of `dated`, as the file writes them.
    private static func updates(_ dated: [(update: StatuspagePayload.Update, seconds: Int64)])
        -> [CStateUpdatePlanner.Update]
    {
        var result: [CStateUpdatePlanner.Update] = []
        var previous: UpdateStatus?
        for (update, seconds) in dated {
            var status = UpdateStatus(rawValue: update.status).flatMap { $0 == .cancelled ? nil : $0 } ?? .update
            // Statuspage has no word for a note: an update that repeats the status before it is one.
            if status == previous { status = .update } else { previous = status }
            let text = CStateBody.tidy(StatuspageText.markdown(update.body ?? ""))
            result.append(.init(seconds: seconds, status: status, text: text))
        }
        return result
    }

    /// The updates that have a time, with it, oldest first. Statuspage lists them newest first; two in the
    /// same second keep that order turned round, and the file's order tells them apart.
    private var datedUpdates: [(update: StatuspagePayload.Update, seconds: Int64)] {
        let dated = incident.incidentUpdates.reversed().compactMap { update in
            Self.seconds(update.displayAt ?? update.createdAt).map { (update: update, seconds: $0) }
        }
        return dated.enumerated().sorted { ($0.element.seconds, $0.offset) < ($1.element.seconds, $1.offset) }
            .map(\.element)
    }

    static func seconds(_ text: String) -> Int64? {
        CStateTime.parse(text).map { Int64($0.seconds.rounded(.down)) }
    }
}
