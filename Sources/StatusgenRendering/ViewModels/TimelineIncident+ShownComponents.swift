import Foundation
import StatusgenModel

extension TimelineIncident {
    /// The components with the statuses an incident's page and calendar event give them: while it goes on
    /// or is to come, what it does to each as of `now`; once over, the worst it did to each while it lasted.
    func shownComponents(now: Date) -> [AffectedComponent] {
        phase == .resolved || phase == .completed
            ? incident.worstComponents(from: startedAt, to: endedAt) : incident.components(at: now)
    }
}
