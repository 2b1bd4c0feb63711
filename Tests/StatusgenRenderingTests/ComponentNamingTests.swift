import StatusgenModel
import Testing

@Suite("Finding the incidents that name a component")
struct ComponentNamingTests {
    @Test("each component's incidents are listed once each, in the timeline's order")
    func positions() {
        var both = SmallSite.outage
        both.incident.id = "2026-11-07-everything-down"
        both.incident.components = [
            AffectedComponent(id: "pay", status: .majorOutage), AffectedComponent(id: "web", status: .majorOutage),
            AffectedComponent(id: "pay", status: .partialOutage),
        ]
        let incidents = [SmallSite.upgrade, both, SmallSite.cancelled, SmallSite.outage]
        let naming = incidents.positionsNamingEachComponent()
        #expect(naming == ["pay": [0, 1], "web": [1, 3]])
        #expect(naming["desk"] == nil)
    }
}
