import Foundation
import StatusgenModel
import Testing

@testable import StatusgenRendering

@Suite("Component statuses changed by updates, as notices and pages tell them")
struct ComponentChangeRenderingTests {
    /// The resolved fixture incident, whose first update also took mail-outbound down, an hour in.
    static var timeline: Timeline {
        var item = Fixture.resolved
        item.incident.updates.insert(
            IncidentUpdate(
                time: Fixture.date("2026-10-24T10:15:00Z"), status: .update, bodyHTML: "<p>Worse.</p>\n",
                line: 12, componentChanges: [AffectedComponent(id: "mail-outbound", status: .majorOutage)]),
            at: 1)
        item.updates.insert(
            TimelineUpdate(update: item.incident.updates[1], effectiveStatus: .investigating), at: 1)
        var timeline = Fixture.timeline
        timeline.incidents = [item]
        return timeline
    }

    @Test("each notice gives the components' statuses as of its update; the resolution's, all operational")
    func notices() {
        let notices = UpdateNoticeBuilder(timeline: Self.timeline, strings: Fixture.english, documentationURL: "")
            .notices()
        #expect(
            notices.map { $0.components.map(\.status) } == [[.degradedPerformance], [.majorOutage], [.operational]])
    }

    @Test("the page of the incident, once over, says the worst it did to each component")
    func page() throws {
        let page = try RenderedSite(Self.timeline).text("incidents/2026-10-24-outbound-delays.html")
        #expect(page.contains("had a major outage"))
        #expect(!page.contains("had degraded performance"))
    }
}
