import StatusgenModel

/// Turns a cState issue's tracked sections, date and resolution into statusgen updates, oldest first.
struct CStateUpdatePlanner {
    /// One planned update.
    struct Update: Equatable {
        /// Whole seconds since 1970 UTC (update headings are written to the second).
        var seconds: Int64
        var status: UpdateStatus
        var text: String
    }

    private struct Draft {
        var seconds: Int64
        var status: UpdateStatus?
        var label: String?
        var text: String
        var location: SourceLocation
        /// Ties at the same time go by this: cState writes the newest update on top.
        var age: Int
    }

    /// The updates for `issue`, whose body was split into `body`; doubtful choices are added to `warnings`.
    func plan(_ issue: CStateIssue, body: CStateBody, warnings: inout [Diagnostic]) -> [Update] {
        let dateSeconds = Self.wholeSeconds(issue.date.value.seconds)
        var drafts: [Draft] = body.sections.enumerated().map { index, section in
            Draft(
                seconds: Self.wholeSeconds(section.time.seconds), status: section.status, label: section.label,
                text: section.text, location: SourceLocation(path: issue.path, line: section.line),
                age: body.sections.count - index)
        }
        let zoneless =
            issue.zonelessLines
            + body.sections.filter { $0.time.hadNoZone && !$0.time.wasIrregular }.map(\.line)
        if let first = zoneless.min() {
            let count = zoneless.count > 1 ? " (\(zoneless.count) in this file)" : ""
            warnings.append(
                .warning(
                    "times without a time zone are read as UTC\(count)",
                    at: SourceLocation(path: issue.path, line: first)))
        }
        for section in body.sections where section.time.wasIrregular {
            warnings.append(
                .warning(
                    "track time read as \(Self.timestamp(Self.wholeSeconds(section.time.seconds)))",
                    at: SourceLocation(path: issue.path, line: section.line)))
        }
        for draft in drafts where draft.seconds < dateSeconds {
            warnings.append(
                .warning(
                    "this update (\(Self.timestamp(draft.seconds))) is dated before the issue"
                        + " (\(Self.timestamp(dateSeconds)))", at: draft.location))
        }
        // The issue's date opens it: with the text outside any tracked section, or alone when the tracked
        // updates start later.
        if !body.untrackedText.isEmpty || drafts.isEmpty || dateSeconds < drafts.map(\.seconds).min() ?? 0 {
            drafts.append(
                Draft(
                    seconds: dateSeconds, status: nil, label: nil, text: body.untrackedText,
                    location: issue.date.location, age: 0))
        }
        drafts.sort { ($0.seconds, $0.age) < ($1.seconds, $1.age) }
        for index in drafts.indices.dropFirst() where drafts[index].seconds <= drafts[index - 1].seconds {
            drafts[index].seconds = drafts[index - 1].seconds + 1
            warnings.append(
                .warning(
                    "another update has the same time: this one is placed at \(Self.timestamp(drafts[index].seconds))",
                    at: drafts[index].location))
        }
        let isResolved = issue.resolved || issue.closesAtOnce
        if !isResolved {
            for index in drafts.indices where drafts[index].status == .resolved {
                warnings.append(
                    .warning(
                        "a resolved update, but 'resolved' is not true: kept as a note", at: drafts[index].location))
                drafts[index].status = .update
                drafts[index].text = (drafts[index].label ?? "") + drafts[index].text
            }
            if let when = issue.resolvedWhen {
                warnings.append(.warning("resolvedWhen is ignored: 'resolved' is not true", at: when.location))
            }
        }
        var updates = drafts.enumerated().map { index, draft in
            Update(
                seconds: draft.seconds,
                status: draft.status ?? (index > 0 ? .update : issue.isAnnouncement ? .update : .investigating),
                text: draft.text)
        }
        if isResolved { resolve(&updates, issue: issue, warnings: &warnings) }
        return updates
    }

    /// Makes the newest update say resolved: the one at `resolvedWhen`, one added then, or the newest.
    private func resolve(_ updates: inout [Update], issue: CStateIssue, warnings: inout [Diagnostic]) {
        guard let newest = updates.last, newest.status != .resolved else { return }
        guard let when = issue.resolvedWhen else {
            // An informational post is over when it is posted; for others the choice is worth a look.
            if !issue.closesAtOnce {
                warnings.append(
                    .warning(
                        "resolved without resolvedWhen or a resolved update: the newest update"
                            + " (\(Self.timestamp(newest.seconds))) is marked resolved", at: issue.date.location))
            }
            updates[updates.count - 1].status = .resolved
            return
        }
        let seconds = Self.wholeSeconds(when.value.seconds)
        if seconds == newest.seconds {
            updates[updates.count - 1].status = .resolved
        } else if seconds > newest.seconds {
            updates.append(Update(seconds: seconds, status: .resolved, text: ""))
        } else {
            warnings.append(
                .warning(
                    "resolvedWhen is before the newest update: the issue is resolved a second after it",
                    at: when.location))
            updates.append(Update(seconds: newest.seconds + 1, status: .resolved, text: ""))
        }
    }

    static func wholeSeconds(_ seconds: Double) -> Int64 {
        Int64(seconds.rounded(.down))
    }

    static func timestamp(_ seconds: Int64) -> String {
        RFC3339.string(milliseconds: seconds * 1000)
    }
}
