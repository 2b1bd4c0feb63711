import Foundation
import StatusgenModel
import Testing

@Suite("A cancelled maintenance's page")
struct CancelledMaintenancePageTests {
    @Test("says it is cancelled, with no duration, and that its components are not affected")
    func page() throws {
        var timeline = SmallSite.timeline
        var cancelled = SmallSite.cancelled
        cancelled.incident.components = [AffectedComponent(id: "desk", status: .underMaintenance)]
        timeline.incidents[2] = cancelled
        let site = try RenderedSite(timeline)
        let path = "incidents/2026-11-08-desk-move.html"
        #expect(
            site.excerpt(path, after: "<h1>", from: "<p class=\"meta\">", to: "</p>")
                == "<p class=\"meta\"><span class=\"phase\">Cancelled</span> · <span class=\"impact\">Maintenance</span></p>"
        )
        #expect(site.text(path).contains("<li>Support desk (not affected: the maintenance is cancelled)</li>"))
        #expect(!site.text(path).contains("<dt>Duration</dt>"))
        #expect(!site.text("index.html").contains("Support desk move"), "not listed as upcoming or in progress")
    }
}
