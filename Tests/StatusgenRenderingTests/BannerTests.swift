import StatusgenModel
import Testing

@Suite("The banner at the top of the status page")
struct BannerTests {
    @Test(
        "says the worst status in words and names the components at that status",
        arguments: [
            ([ComponentStatus.operational, .operational, .operational], "operational", "All systems operational"),
            (
                [.majorOutage, .partialOutage, .majorOutage], "major-outage",
                "Major outage: Inbound mail (SMTP), Admin console"
            ),
            (
                [.partialOutage, .partialOutage, .degradedPerformance], "partial-outage",
                "Partial outage: Inbound mail (SMTP), Outbound mail"
            ),
            (
                [.operational, .degradedPerformance, .underMaintenance], "degraded",
                "Degraded performance: Outbound mail"
            ),
            ([.operational, .operational, .underMaintenance], "maintenance", "Maintenance in progress: Admin console"),
        ]
    )
    func sentence(statuses: [ComponentStatus], className: String, sentence: String) throws {
        let index = try RenderedSite(Fixture.timeline(statuses: statuses)).text("index.html")
        let banner = "<h1 class=\"banner banner-\(className)\">"
        #expect(index.contains(banner))
        #expect(index.contains("</svg> <span>\(sentence)</span></h1>"))
    }

    @Test("has an icon drawn for its status next to the words")
    func icon() throws {
        let index = try RenderedSite().text("index.html")
        let banner = index.components(separatedBy: "<h1 class=\"banner").dropFirst().first ?? ""
        let heading = banner.components(separatedBy: "</h1>").first ?? ""
        #expect(heading.contains("<svg class=\"icon\""))
        #expect(heading.contains("aria-hidden=\"true\""))
        // The cross of a major outage.
        #expect(heading.contains("M5.2 5.2l5.6 5.6"))
    }
}
