import StatusgenModel

/// One Statuspage incident or maintenance as the text of a statusgen incident file.
struct StatuspageIncidentFile {
    let incident: StatuspagePayload.Incident
    let components: StatuspageComponents

    init(_ incident: StatuspagePayload.Incident, components: StatuspageComponents) {
        self.incident = incident
        self.components = components
    }

    /// The file: impact, components with the worst status any update gave them (and the names of those the
    /// page no longer lists, as `affected_text`), every update oldest first.
    func render() -> String {
        let window = maintenanceWindow
        let impact = Impact(rawValue: incident.impact ?? "") ?? .none
        return IncidentMarkdown(
            title: incident.name, impact: impact, components: affected(impact: impact, isMaintenance: window != nil),
            affectedText: unlisted, window: window, updates: updates
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

    /// The components the incident and its updates name; the status is the worst an update gave, or the one
    /// its impact stands for.
    private func affected(impact: Impact, isMaintenance: Bool) -> [(id: String, status: ComponentStatus)] {
        var result: [(id: String, status: ComponentStatus)] = []
        func add(_ id: String?, _ status: ComponentStatus?) {
            guard let id else { return }
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
            let status = status.flatMap { $0 == .operational ? nil : $0 } ?? fallback
            if let index = result.firstIndex(where: { $0.id == id }) {
                if status.severity > result[index].status.severity { result[index].status = status }
            } else {
                result.append((id, status))
            }
        }
        for update in incident.incidentUpdates.reversed() {
            for change in update.affectedComponents ?? [] {
                add(components.id(code: change.code, name: change.name), change.newStatus.flatMap(ComponentStatus.init))
            }
        }
        for component in incident.components ?? [] { add(components.id(code: component.id, name: component.name), nil) }
        return result
    }

    /// The updates oldest first. Statuspage lists them newest first; two in the same second keep that
    /// order turned round, and the file's order tells them apart.
    private var updates: [CStateUpdatePlanner.Update] {
        var result: [CStateUpdatePlanner.Update] = []
        var previous: UpdateStatus?
        let dated = incident.incidentUpdates.reversed().compactMap { update in
            Self.seconds(update.displayAt ?? update.createdAt).map { (update, $0) }
        }
        let ordered = dated.enumerated().sorted { ($0.element.1, $0.offset) < ($1.element.1, $1.offset) }
        for (update, seconds) in ordered.map(\.element) {
            var status = UpdateStatus(rawValue: update.status).flatMap { $0 == .cancelled ? nil : $0 } ?? .update
            // Statuspage has no word for a note: an update that repeats the status before it is one.
            if status == previous { status = .update } else { previous = status }
            let text = CStateBody.tidy(StatuspageText.markdown(update.body ?? ""))
            result.append(.init(seconds: seconds, status: status, text: text))
        }
        return result
    }

    static func seconds(_ text: String) -> Int64? {
        CStateTime.parse(text).map { Int64($0.seconds.rounded(.down)) }
    }
}
