import Mustache
import StatusgenModel

/// An incident or maintenance, as the status page and its own page show it.
final class IncidentViewModel: Sendable {
    let title: String
    /// On a page in another language, the language of a title, summary or postmortem shown in the original
    /// for want of a translation; `nil` when it is in the page's language.
    let titleLanguage: OriginalLanguageViewModel?
    let summaryLanguage: OriginalLanguageViewModel?
    let postmortemLanguage: OriginalLanguageViewModel?
    /// The page's path from the site root: "incidents/ID.html".
    let path: String
    /// "Incident" or "Maintenance".
    let kindText: String
    let isMaintenance: Bool
    /// "Critical impact" for an incident, "Maintenance" for a maintenance.
    let impactText: String
    /// `none`, `minor`, `major` or `critical`: the impact as a class name, so the page can show its size.
    let impact: String
    /// The current status word: "Identified", "Resolved", "Scheduled", "In progress".
    let statusText: String
    let components: [AffectedComponentViewModel]
    /// Affected names without a component (`affected_text:`), as written.
    let affectedText: [String]
    /// Whether it names components or other affected things.
    let hasComponents: Bool
    /// The affected components' names, then the other affected names, joined: "Inbound mail (SMTP), Admin console".
    let componentNames: String
    let summaryHTML: String
    let hasSummary: Bool
    /// The planned window of a maintenance.
    let window: TimeRangeViewModel?
    let started: TimeViewModel
    /// When it ended; `nil` while it goes on.
    let ended: TimeViewModel?
    /// "2 h 13 min", once it has ended.
    let duration: String?
    /// Every update, newest first.
    let updates: [UpdateViewModel]
    let latestUpdate: UpdateViewModel?
    let postmortemHTML: String?
    let detectedOutages: [DetectedOutageViewModel]
    let hasDetectedOutages: Bool

    init(_ item: TimelineIncident, _ context: RenderingContext) {
        let incident = item.incident
        title = incident.title
        titleLanguage = OriginalLanguageViewModel.of(.title, in: item, context)
        summaryLanguage = OriginalLanguageViewModel.of(.summary, in: item, context)
        postmortemLanguage = OriginalLanguageViewModel.of(.postmortem, in: item, context)
        path = RenderingContext.path(ofIncident: item.id)
        isMaintenance = incident.kind == .maintenance
        let strings = context.strings
        kindText = strings.text(isMaintenance ? "kind_maintenance" : "kind_incident")
        // A maintenance is planned work, not a problem of some size: it never says "No impact".
        impactText = isMaintenance ? kindText : incident.impact.words(strings)
        impact = incident.impact.rawValue
        statusText = item.status.words(strings)
        components = item.shownComponents(now: context.timeline.now).map {
            AffectedComponentViewModel(
                $0, phase: item.phase, isCancelled: item.status == .cancelled, context)
        }
        affectedText = incident.affectedText
        hasComponents = !components.isEmpty || !affectedText.isEmpty
        componentNames = context.affectedNames(of: incident)
        summaryHTML = incident.summaryHTML
        hasSummary = !incident.summaryHTML.isEmpty
        window = incident.window.map { TimeRangeViewModel(from: $0.starts, to: $0.ends, context) }
        started = context.timeViewModel(item.startedAt)
        ended = item.endedAt.map(context.timeViewModel)
        // A cancelled maintenance did not take place, whatever time passed before it was called off.
        duration = item.status == .cancelled ? nil : item.duration.map { DurationFormatter.format($0, strings) }
        updates = item.updates.map { UpdateViewModel($0, context) }
        latestUpdate = updates.first
        postmortemHTML = incident.postmortemHTML.flatMap { $0.isEmpty ? nil : $0 }
        detectedOutages = item.detectedOutages.map { DetectedOutageViewModel($0, context) }
        hasDetectedOutages = !detectedOutages.isEmpty
    }
}

extension IncidentViewModel: MustacheParent {
    /// The field a template names, as Mustache would find it by reflection: `nil` when there is none or it is `nil`.
    func child(named name: String) -> Any? {
        switch name {
        case "title": return self.title
        case "titleLanguage": return self.titleLanguage
        case "summaryLanguage": return self.summaryLanguage
        case "postmortemLanguage": return self.postmortemLanguage
        case "path": return self.path
        case "kindText": return self.kindText
        case "isMaintenance": return self.isMaintenance
        case "impactText": return self.impactText
        case "impact": return self.impact
        case "statusText": return self.statusText
        case "components": return self.components
        case "affectedText": return self.affectedText
        case "hasComponents": return self.hasComponents
        case "componentNames": return self.componentNames
        case "summaryHTML": return self.summaryHTML
        case "hasSummary": return self.hasSummary
        case "window": return self.window
        case "started": return self.started
        case "ended": return self.ended
        case "duration": return self.duration
        case "updates": return self.updates
        case "latestUpdate": return self.latestUpdate
        case "postmortemHTML": return self.postmortemHTML
        case "detectedOutages": return self.detectedOutages
        case "hasDetectedOutages": return self.hasDetectedOutages
        default: return nil
        }
    }
}
