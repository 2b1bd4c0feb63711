import StatusgenModel
import Testing

@Suite("The banner at the top of the status page")
struct BannerTests {
    /// The class and the sentence of the banner of the fixture with `statuses` and `incidents`.
    private func banner(_ statuses: [ComponentStatus], _ incidents: [TimelineIncident]) throws -> (
        className: String, text: String, heading: String
    ) {
        var timeline = Fixture.timeline(statuses: statuses)
        timeline.incidents = incidents
        let index = try RenderedSite(timeline).text("index.html")
        let heading = try #require(
            index.components(separatedBy: "<h1 class=\"banner banner-").dropFirst().first?
                .components(separatedBy: "</h1>").first)
        let className = String(heading.prefix { $0 != "\"" })
        let text = try #require(
            heading.components(separatedBy: "</svg> <span>").last?.components(separatedBy: "</span>").first)
        return (className, text, heading)
    }

    /// An active incident of the fixture with another title and impact, naming no component.
    private static func incident(_ title: String, _ impact: Impact) -> TimelineIncident {
        var item = Fixture.active
        item.incident.id = title.lowercased().replacingOccurrences(of: " ", with: "-")
        item.incident.title = title
        item.incident.impact = impact
        item.incident.components = []
        return item
    }

    /// The fixture's maintenance, under way, with `impact`.
    private static func maintenanceInProgress(_ impact: Impact) -> TimelineIncident {
        var item = Fixture.maintenance
        item.phase = .inProgress
        item.status = .inProgress
        item.incident.impact = impact
        return item
    }

    @Test(
        "without open incidents, says the worst status in words and names the components at that status",
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
        // A resolved incident and an upcoming maintenance, both with an impact, do not count.
        let banner = try banner(statuses, [Fixture.maintenance, Fixture.resolved])
        #expect(banner.className == className)
        #expect(banner.text == sentence)
    }

    @Test(
        "is the worst of the components and of the open incidents' impact, naming the incidents when they are worse",
        arguments: [
            // An incident that names no component still shows, in Statuspage's mapping of impact to status.
            (
                [ComponentStatus.operational, .operational, .operational],
                [incident("Everything is on fire", .critical)],
                "major-outage", "Major outage: Everything is on fire"
            ),
            (
                [.operational, .operational, .operational], [incident("Slow", .major)],
                "partial-outage", "Partial outage: Slow"
            ),
            (
                [.operational, .operational, .operational], [incident("Slow", .minor)],
                "degraded", "Degraded performance: Slow"
            ),
            (
                [.operational, .operational, .operational], [incident("A note", .none)],
                "operational", "All systems operational"
            ),
            (
                [.partialOutage, .operational, .operational], [incident("Fire", .critical)],
                "major-outage", "Major outage: Fire"
            ),
            // As bad as a component: the components are named, as without incidents.
            (
                [.majorOutage, .operational, .operational], [incident("Fire", .critical)],
                "major-outage", "Major outage: Inbound mail (SMTP)"
            ),
            (
                [.majorOutage, .operational, .operational], [incident("Slow", .minor)],
                "major-outage", "Major outage: Inbound mail (SMTP)"
            ),
            // Titles at the worst status, joined as components are, newest first like the incidents.
            (
                [.operational, .degradedPerformance, .operational],
                [incident("Second", .major), incident("Minor one", .minor), incident("First", .major)],
                "partial-outage", "Partial outage: Second, First"
            ),
            // A maintenance in progress counts as maintenance, whatever its impact.
            (
                [.operational, .operational, .operational], [maintenanceInProgress(.critical)],
                "maintenance", "Maintenance in progress: Admin console upgrade"
            ),
            (
                [.operational, .degradedPerformance, .operational], [maintenanceInProgress(.critical)],
                "degraded", "Degraded performance: Outbound mail"
            ),
            (
                [.operational, .operational, .underMaintenance], [maintenanceInProgress(.critical)],
                "maintenance", "Maintenance in progress: Admin console"
            ),
            (
                [.operational, .operational, .operational],
                [maintenanceInProgress(.minor), incident("Fire", .critical)],
                "major-outage", "Major outage: Fire"
            ),
        ]
    )
    func openIncidents(
        statuses: [ComponentStatus], incidents: [TimelineIncident], className: String, sentence: String
    ) throws {
        let banner = try banner(statuses, incidents)
        #expect(banner.className == className)
        #expect(banner.text == sentence)
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

    @Test("has the icon of an open incident's status when the incident sets the banner")
    func incidentIcon() throws {
        let banner = try banner([.operational, .operational, .operational], [Self.incident("Slow", .major)])
        // The exclamation mark of a partial outage.
        #expect(banner.heading.contains("M8 3.8v5.4M8 11.2v1"))
        #expect(!banner.heading.contains("M4.5 8.5l2.3 2.3 4.7-4.8"))
    }
}
