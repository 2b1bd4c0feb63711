import Foundation
import StatusgenModel
import Testing

@testable import StatusgenRendering

@Suite("Updates in the same second, kept in file order")
struct SameSecondUpdateTests {
    /// The resolved fixture incident with a second update in the second of its last one, written after it.
    static var timeline: Timeline {
        var incident = Fixture.resolved
        let last = incident.updates[0]
        var later = last
        later.update.sameSecondIndex = 1
        later.update.line = last.update.line + 4
        later.update.bodyHTML = "<p>A note in the same second.</p>\n"
        incident.updates.insert(later, at: 0)
        var timeline = Fixture.timeline
        timeline.incidents = [incident]
        return timeline
    }

    @Test("the feed lists the later of two same-second updates first, with its own id")
    func feedOrder() throws {
        let feed = try RenderedSite(Self.timeline).text("feed.atom")
        let later = try #require(feed.range(of: "/update-20261024T112800Z-2</id>"))
        let earlier = try #require(feed.range(of: "/update-20261024T112800Z</id>"))
        #expect(later.lowerBound < earlier.lowerBound)
    }

    @Test("the notice of the earlier update does not yet carry the later one")
    func noticeAsOf() throws {
        let notices = UpdateNoticeBuilder(timeline: Self.timeline, strings: Fixture.english, documentationURL: "")
            .notices()
        #expect(
            notices.map(\.id).suffix(2) == [
                "2026-10-24-outbound-delays-20261024T112800Z", "2026-10-24-outbound-delays-20261024T112800Z-2",
            ])
        let builder = UpdateNoticeBuilder(timeline: Self.timeline, strings: Fixture.english, documentationURL: "")
        let counts = try notices.suffix(2).map { notice in
            let body = try #require(builder.webhookJSON(ofUpdate: notice.id))
            let json = try JSONSerialization.jsonObject(with: Data(body.utf8)) as? [String: Any]
            let incident = json?["incident"] as? [String: Any]
            return (incident?["incident_updates"] as? [Any])?.count
        }
        #expect(counts == [2, 3])
    }
}
