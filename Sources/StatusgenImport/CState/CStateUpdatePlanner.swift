import StatusgenModel

/// Turns a cState issue's sections, date and resolution into statusgen updates, oldest first.
struct CStateUpdatePlanner {
    /// One planned update.
    struct Update: Equatable {
        /// Whole seconds since 1970 UTC (update headings are written to the second).
        var seconds: Int64
        var status: UpdateStatus
        var text: String
        /// The components whose status the update changes (an imported Statuspage update's).
        var componentChanges: [AffectedComponent] = []
    }

    /// The updates, and whether a time had to be replaced (the issue is then counted as degraded).
    struct Plan {
        var updates: [Update]
        var isDegraded = false
    }

    private struct Draft {
        var seconds: Int64?
        var status: UpdateStatus?
        var label: String?
        var text: String
        var location: SourceLocation
        /// The time was written alone, dated with the issue's day.
        var hadNoDate = false
    }

    /// The drafts (by index) whose time, written without a date, is earlier than the time before it (the
    /// issue's date for the first), with the time on the first later day that is not.
    private static func laterDays(_ drafts: [Draft], after start: Int64) -> [(index: Int, seconds: Int64)] {
        var previous = start
        var moved: [(index: Int, seconds: Int64)] = []
        for (index, draft) in drafts.enumerated() {
            guard var seconds = draft.seconds else { continue }
            if draft.hadNoDate, seconds < previous {
                seconds += (previous - seconds + 86_399) / 86_400 * 86_400
                moved.append((index, seconds))
            }
            previous = seconds
        }
        return moved
    }

    /// The updates for `issue`, whose body was split into `body`; doubtful choices are added to `warnings`.
    func plan(_ issue: CStateIssue, body: CStateBody, warnings: inout [Diagnostic]) -> Plan {
        let dateSeconds = Self.wholeSeconds(issue.date.value.seconds)
        var drafts: [Draft] = body.sections.map { section in
            Draft(
                seconds: section.time.map { Self.wholeSeconds($0.seconds) }, status: section.status,
                label: section.label, text: section.text,
                location: SourceLocation(path: issue.path, line: section.line),
                hadNoDate: section.time?.hadNoDate == true)
        }
        // cState's tracked paragraphs are newest first; a site's own sections are in the order their times
        // say, or, without times, newest first when the first one is the resolution. Times written without a
        // date say it by the order that needs fewer of them moved to a later day.
        var times = drafts.compactMap(\.seconds)
        var newestFirst =
            body.isTracked || (times.count > 1 ? times.first ?? 0 > times.last ?? 0 : drafts.first?.status == .resolved)
        if !body.isTracked, drafts.contains(where: \.hadNoDate) {
            let forward = Self.laterDays(drafts, after: dateSeconds).count
            let backward = Self.laterDays(drafts.reversed(), after: dateSeconds).count
            if forward != backward { newestFirst = backward < forward }
        }
        if newestFirst { drafts.reverse() }
        let moved = Self.laterDays(drafts, after: dateSeconds)
        for (index, seconds) in moved {
            warnings.append(
                .warning(
                    "time \(Self.timestamp(drafts[index].seconds!).dropFirst(11).prefix(5)) without a date comes"
                        + " before the update above it: read on a later day, \(Self.timestamp(seconds))",
                    at: drafts[index].location))
            drafts[index].seconds = seconds
        }
        reportTimes(issue, body: body, skipping: Set(moved.map { drafts[$0.index].location.line }), warnings: &warnings)
        times = drafts.compactMap(\.seconds)
        // The issue's date opens it: with the text before any update, or alone when the updates start later.
        if !body.untrackedText.isEmpty || drafts.isEmpty
            || (drafts[0].seconds != nil && dateSeconds < times.min() ?? dateSeconds)
        {
            drafts.insert(
                Draft(seconds: nil, status: nil, label: nil, text: body.untrackedText, location: issue.date.location),
                at: 0)
        }
        if drafts[0].seconds == nil { drafts[0].seconds = dateSeconds }
        var plan = Plan(updates: [])
        let isResolved = issue.resolved || issue.closesAtOnce
        let resolvedAt = resolutionTime(issue, times: times, plan: &plan, warnings: &warnings)
        placeUntimed(&drafts, resolvedAt: isResolved ? resolvedAt : nil, warnings: &warnings)
        for draft in drafts where draft.seconds! < dateSeconds {
            warnings.append(
                .warning(
                    "this update (\(Self.timestamp(draft.seconds!))) is dated before the issue"
                        + " (\(Self.timestamp(dateSeconds)))", at: draft.location))
        }
        drafts = drafts.enumerated().sorted { ($0.element.seconds!, $0.offset) < ($1.element.seconds!, $1.offset) }
            .map(\.element)
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
        plan.updates = drafts.enumerated().map { index, draft in
            Update(
                seconds: draft.seconds!,
                status: draft.status ?? (index > 0 ? .update : issue.isAnnouncement ? .update : .investigating),
                text: draft.text)
        }
        if isResolved { resolve(&plan.updates, issue: issue, at: resolvedAt, warnings: &warnings) }
        return plan
    }

    /// When the issue was resolved by `resolvedWhen`: a value before the start is replaced by the body's last
    /// time when it has one (warned, with the value).
    private func resolutionTime(
        _ issue: CStateIssue, times: [Int64], plan: inout Plan, warnings: inout [Diagnostic]
    ) -> Int64? {
        guard issue.resolved, let when = issue.resolvedWhen else { return nil }
        let seconds = Self.wholeSeconds(when.value.seconds)
        let start = Self.wholeSeconds(issue.date.value.seconds)
        guard seconds < start else { return seconds }
        plan.isDegraded = true
        let written = BodyTime.all(in: issue.body, day: start / 86_400 * 86_400).map(\.seconds)
        if let last = (times + written).max(), last > start {
            warnings.append(
                .warning(
                    "resolvedWhen \(Self.timestamp(seconds)) is before the issue's date (\(Self.timestamp(start))):"
                        + " resolved at the body's last time, \(Self.timestamp(last))", at: when.location))
            return last
        }
        warnings.append(
            .warning(
                "resolvedWhen \(Self.timestamp(seconds)) is before the issue's date (\(Self.timestamp(start))):"
                    + " resolved at its newest update", at: when.location))
        return nil
    }

    /// Gives sections without a time one: the resolution time for a last section that says resolved, otherwise
    /// a second after the update before (one warning says how many were placed so).
    private func placeUntimed(_ drafts: inout [Draft], resolvedAt: Int64?, warnings: inout [Diagnostic]) {
        var placed: [SourceLocation] = []
        for index in drafts.indices where drafts[index].seconds == nil {
            let isLast = index == drafts.count - 1
            let saysResolved =
                drafts[index].status == .resolved
                || (drafts[index].status ?? .update) == .update && ResolutionWords.match(drafts[index].text)
            if isLast, let resolvedAt, resolvedAt > drafts[index - 1].seconds!,
                saysResolved || drafts[index].status == nil
            {
                drafts[index].seconds = resolvedAt
                drafts[index].status = .resolved
                continue
            }
            drafts[index].seconds = drafts[index - 1].seconds! + 1
            placed.append(drafts[index].location)
        }
        if let first = placed.first {
            let count = placed.count == 1 ? "an update" : "\(placed.count) updates"
            warnings.append(
                .warning(
                    "\(count) without a time of \(placed.count == 1 ? "its" : "their") own: placed a second after the"
                        + " update before, in the file's order", at: first))
        }
    }

    /// Warns once about times read as UTC, and about each irregular time.
    private func reportTimes(
        _ issue: CStateIssue, body: CStateBody, skipping moved: Set<Int?>, warnings: inout [Diagnostic]
    ) {
        let zoneless =
            issue.zonelessLines
            + body.sections.filter { $0.time?.hadNoZone == true && $0.time?.wasIrregular == false }
            .map(\.line)
        if let first = zoneless.min() {
            let count = zoneless.count > 1 ? " (\(zoneless.count) in this file)" : ""
            warnings.append(
                .warning(
                    "times without a time zone are read as UTC\(count)",
                    at: SourceLocation(path: issue.path, line: first)))
        }
        for section in body.sections where section.time?.wasIrregular == true && !moved.contains(section.line) {
            warnings.append(
                .warning(
                    "\(body.isTracked ? "track time" : "time") read as"
                        + " \(Self.timestamp(Self.wholeSeconds(section.time!.seconds)))",
                    at: SourceLocation(path: issue.path, line: section.line)))
        }
    }

    /// Makes the newest update say resolved: the one that says so, the one at the resolution time, or one
    /// added then; without a resolution time, the newest update.
    private func resolve(
        _ updates: inout [Update], issue: CStateIssue, at resolvedAt: Int64?, warnings: inout [Diagnostic]
    ) {
        guard let newest = updates.last, newest.status != .resolved else { return }
        // Text that says the problem is over is the resolution, rather than a note above an empty one; the
        // opening text is not, when the resolution has a time of its own.
        let saysResolved =
            newest.status == .update && ResolutionWords.match(newest.text) && (updates.count > 1 || resolvedAt == nil)
        guard let seconds = resolvedAt else {
            // An informational post is over when it is posted; for others the choice is worth a look, unless
            // a resolvedWhen that could not be used has said so already.
            if !issue.closesAtOnce && !saysResolved && issue.resolvedWhen == nil {
                warnings.append(
                    .warning(
                        "resolved without resolvedWhen or a resolved update: the newest update"
                            + " (\(Self.timestamp(newest.seconds))) is marked resolved", at: issue.date.location))
            }
            updates[updates.count - 1].status = .resolved
            return
        }
        if seconds == newest.seconds || saysResolved {
            updates[updates.count - 1].status = .resolved
        } else if seconds > newest.seconds {
            if updates.count == 1, ResolutionWords.match(newest.text) {
                // One text that tells of the fix: it is the resolution; the start stays, without words.
                updates.append(Update(seconds: seconds, status: .resolved, text: newest.text))
                updates[0].text = ""
            } else {
                updates.append(Update(seconds: seconds, status: .resolved, text: ""))
            }
        } else if newest.status == .update {
            // A note posted after the resolution tells of it: it becomes the resolution, rather than a note
            // above an empty one.
            warnings.append(
                .warning(
                    "resolvedWhen (\(Self.timestamp(seconds))) is before the newest update: that update"
                        + " (\(Self.timestamp(newest.seconds))) is marked resolved",
                    at: issue.resolvedWhen?.location ?? issue.date.location))
            updates[updates.count - 1].status = .resolved
        } else {
            warnings.append(
                .warning(
                    "resolvedWhen (\(Self.timestamp(seconds))) is before the newest update: the issue is resolved"
                        + " a second after it", at: issue.resolvedWhen?.location ?? issue.date.location))
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
