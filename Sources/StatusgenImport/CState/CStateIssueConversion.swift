import Foundation
import StatusgenCore
import StatusgenModel

/// The running state of a cState import: each issue read is written, degraded or skipped here, and counted.
struct CStateIssueConversion {
    let catalogue: ComponentCatalogue
    let parser: IncidentParser
    /// The statusgen site's incident files, by id.
    let existing: [String: String]
    let update: Bool

    private(set) var created: [OutputFile] = []
    private(set) var replaced: [OutputFile] = []
    private(set) var warnings: [Diagnostic] = []
    var summary = ImportSummary()
    /// The ids given in this import, so that two issues never share one.
    private var writtenIDs: Set<String> = []
    /// The file names (without `.md`) of the issues given an id.
    private var givenNames: Set<String> = []
    /// Set while rendering an issue whose times had to be corrected.
    private var isDegraded = false
    private var unmatched: [String: Int] = [:]
    /// Every issue that has an incident file (written now or before), by file name, for the redirects.
    private(set) var pages: [(addresses: [String], id: String)] = []
    /// Every affected name met, and the component it is, for the redirects.
    private(set) var affected: [String: String?] = [:]

    init(catalogue: ComponentCatalogue, parser: IncidentParser, existing: [String: String], update: Bool) {
        self.catalogue = catalogue
        self.parser = parser
        self.existing = existing
        self.update = update
    }

    /// The names kept as text, most named first, then by name.
    var unmatchedNames: [(name: String, count: Int)] {
        unmatched.map { ($0.key, $0.value) }.sorted { ($1.count, $0.name) < ($0.count, $1.name) }
    }

    /// A warning for each open incident that an import wrote and that no issue of this import gives: its
    /// issue was deleted (as monitoring bots do once a service is back) or made a draft, and the incident
    /// would otherwise stay open for good. `issueNames` are the file names (without `.md`) of every issue
    /// file; an incident that one of those not read may have given is left out.
    func openIncidentsWithoutIssue(issueNames: [String]) -> [Diagnostic] {
        let others = issueNames.filter { !givenNames.contains($0) }.map { Slug.make($0) }.filter { !$0.isEmpty }
        return existing.keys.sorted().compactMap { id -> Diagnostic? in
            guard let text = existing[id], text.contains("\n" + ImportHash.key), !writtenIDs.contains(id),
                !others.contains(where: { id == $0 || id.hasSuffix("-" + $0) }),
                let incident = try? parser.parse(path: "incidents/\(id).md", text: text),
                incident.kind == .incident, !incident.updates.contains(where: { $0.status == .resolved })
            else { return nil }
            return .warning(
                "imported from a cState issue that is no longer there (deleted, or made a draft), and still open:"
                    + " resolve it (statusgen resolve \(id)) or delete the file",
                at: SourceLocation(path: "incidents/\(id).md"))
        }
    }

    /// Leaves out an issue that cannot be read, saying why.
    mutating func skip(_ problem: Diagnostic) {
        summary.skipped += 1
        warnings.append(.warning(problem.message + ": skipped", at: problem.location))
    }

    /// Leaves the incident file of `issue` as it is, saying why.
    private mutating func leave(_ message: String, _ issue: CStateIssue) {
        summary.skipped += 1
        warnings.append(.warning(message, at: SourceLocation(path: issue.path)))
    }

    /// Writes, degrades or skips the issue that `outcome` read.
    mutating func convert(_ outcome: CStateIssueReader.Outcome) {
        guard let issue = outcome.issue else {
            warnings += outcome.warnings
            if outcome.errors.isEmpty { summary.skipped += 1 }  // a draft, named in its warning
            for (index, error) in outcome.errors.enumerated() {
                if index == 0 { summary.skipped += 1 }
                warnings.append(.warning(error.message + ": skipped", at: error.location))
            }
            return
        }
        let base = CStateIncidentID.make(name: issue.name, date: issue.date.value.seconds)
        let id = Slug.unique(base, avoiding: writtenIDs)
        if id != base {
            warnings.append(
                .warning("another issue also becomes \(base): this one is \(id)", at: SourceLocation(path: issue.path)))
        }
        writtenIDs.insert(id)
        givenNames.insert(issue.name)
        pages.append((issue.addresses, id))
        for name in issue.affected where affected[name.value] == nil {
            if case .component(let component) = catalogue.reading(of: name.value) {
                affected[name.value] = component
            } else {
                affected[name.value] = String?.none
            }
        }
        let path = "incidents/\(id).md"
        if existing[id] != nil, !update {
            return leave("\(path) exists: not overwritten (give --update to bring it up to date)", issue)
        }
        var issueWarnings = outcome.warnings
        let markdown = render(issue, warnings: &issueWarnings)
        switch ImportedFile.decide(markdown, over: existing[id], update: update) {
        case .unchanged:
            summary.unchanged += 1
            return
        case .edited, .kept:
            let why =
                existing[id].map { $0.contains("\n" + ImportHash.key) } == true
                ? "was edited since it was imported" : "was not written by an import (it has no import_hash line)"
            return leave("\(path) \(why): not overwritten, though the issue changed", issue)
        case .create, .replace: break
        }
        // What is written must read back with statusgen's own parser, or the site would not build.
        do {
            _ = try parser.parse(path: path, text: markdown)
        } catch {
            let problems = error.diagnostics.map(\.description).joined(separator: "; ")
            skip(
                .error("the converted incident does not read back (\(problems))", at: SourceLocation(path: issue.path)))
            return
        }
        warnings += issueWarnings
        summary.written += 1
        if outcome.isDegraded || isDegraded { summary.degraded += 1 }
        let file = OutputFile(path: path, contents: Data(markdown.utf8))
        if existing[id] != nil {
            summary.rewritten += 1
            replaced.append(file)
        } else {
            created.append(file)
        }
    }

    /// The incident file for `issue`, stamped with its import hash.
    private mutating func render(_ issue: CStateIssue, warnings: inout [Diagnostic]) -> String {
        var day = Int64((issue.date.value.seconds / 86_400).rounded(.down)) * 86_400
        // Times written alone in a post that announces a later window ("between 06:00 and 08:00 UTC on Thu 16th
        // Jan") tell of the work on that window's day.
        if issue.severity != .down, issue.severity != .disrupted,
            let window = CStateMaintenance.announced(in: issue.body, day: day), window.starts / 86_400 * 86_400 > day
        {
            day = window.starts / 86_400 * 86_400
        }
        let body = CStateBody(
            body: issue.body, firstLine: issue.bodyFirstLine, path: issue.path, day: day,
            splitsRules: !issue.closesAtOnce)
        warnings += body.warnings
        let plan = CStateUpdatePlanner().plan(issue, body: body, warnings: &warnings)
        isDegraded = plan.isDegraded
        var updates = plan.updates
        let window = CStateMaintenance.window(for: issue, updates: updates, warnings: &warnings)
        if let window {
            for index in updates.indices { updates[index].status = CStateMaintenance.status(updates[index].status) }
            // The notice posted before the work is the announcement of a window to come.
            if updates[0].seconds < window.starts, [.inProgress, .update].contains(updates[0].status) {
                updates[0].status = .scheduled
            }
        }
        let status: ComponentStatus =
            window != nil
            ? .underMaintenance : issue.isAnnouncement ? .operational : issue.severity?.componentStatus ?? .operational
        var components: [(id: String, status: ComponentStatus)] = []
        var text: [String] = []
        for name in issue.affected {
            switch catalogue.reading(of: name.value) {
            case .component(let id):
                if !components.contains(where: { $0.id == id }) { components.append((id, status)) }
            case .text(let name):
                if !text.contains(name) {
                    text.append(name)
                    unmatched[name, default: 0] += 1
                }
            }
        }
        let impact = issue.isAnnouncement ? .none : issue.severity?.impact ?? .none
        return ImportHash.stamp(
            IncidentMarkdown(
                title: issue.title, impact: impact, components: components, affectedText: text, window: window,
                updates: updates, postmortem: body.postmortem
            ).render())
    }
}
