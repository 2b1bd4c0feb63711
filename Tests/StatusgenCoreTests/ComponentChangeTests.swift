import Foundation
import StatusgenModel
import Testing

@testable import StatusgenCore

/// Updates that change a component's status (`## TIME STATUS (api=operational)`): the record keeps every
/// status the incident gave each component, and when.
@Suite("Component statuses changed by updates")
struct ComponentChangeTests {
    static let path = "incidents/2026-11-23-archive.md"

    /// An incident over two days: the archive down on the first, degraded from 09:00 on the second, resolved
    /// at 11:00; mail degraded throughout.
    static let text = """
        ---
        title: Archive outage
        impact: major
        components:
          archive: major_outage
          mail: degraded_performance
        ---
        ## 2026-11-23T10:00:00Z investigating
        The archive is down.

        ## 2026-11-24T09:00:00Z monitoring (archive=degraded_performance) (quiet)
        Searches work again, slowly.

        ## 2026-11-24T11:00:00Z resolved
        All is well.
        """

    func parse(_ text: String) throws(DiagnosticList) -> Incident {
        try IncidentParser(componentIDs: ["api", "mail", "archive"]).parse(path: Self.path, text: text)
    }

    @Test("an update's heading gives the components whose status it changes, before or after (quiet)")
    func heading() throws {
        let incident = try parse(Self.text)
        #expect(incident.updates.map(\.componentChanges.count) == [0, 1, 0])
        #expect(
            incident.updates[1].componentChanges == [AffectedComponent(id: "archive", status: .degradedPerformance)])
        #expect(incident.updates[1].quiet && incident.updates[1].status == .monitoring)
        let quietFirst = try parse(
            Self.text.replacingOccurrences(
                of: "monitoring (archive=degraded_performance) (quiet)",
                with: "monitoring (quiet) (archive=degraded_performance, mail=operational)"))
        #expect(quietFirst.updates[1].quiet)
        #expect(quietFirst.updates[1].componentChanges.map(\.id) == ["archive", "mail"])
        #expect(incident.status(of: "archive", at: utc("2026-11-24T08:59:59Z")) == .majorOutage)
        #expect(incident.status(of: "archive", at: utc("2026-11-24T09:00:00Z")) == .degradedPerformance)
        #expect(incident.status(of: "api", at: utc("2026-11-24T09:00:00Z")) == nil)
        #expect(incident.worstComponents.map(\.status) == [.majorOutage, .degradedPerformance])
    }

    @Test(
        "a change the incident cannot hold is an error at its heading",
        arguments: [
            (
                "(api=operational)",
                "'api' is not one of this incident's components: name it under 'components:' first, with its status"
                    + " when the incident began"
            ),
            (
                "(archive=degraded)",
                "unknown component status 'degraded' for 'archive': expected one of operational, under_maintenance,"
                    + " degraded_performance, partial_outage, major_outage (did you mean 'degraded_performance'?)"
            ),
            (
                "(archive operational)",
                "'## 2026-11-24T09:00:00Z monitoring (archive operational)': "
            ),
            (
                "(archive=operational, =major_outage)",
                "'(archive=operational, =major_outage)': write each component's new status as ID=STATUS, separated"
                    + " by commas, such as (api=operational)"
            ),
            (
                "(archive=operational, archive=major_outage)",
                "'archive' is given two statuses in one update"
            ),
        ])
    func errors(changes: String, message: String) throws {
        let text = Self.text.replacingOccurrences(of: "(archive=degraded_performance)", with: changes)
        let problems = diagnostics { () throws(DiagnosticList) in try parse(text) }
        #expect(problems.count == 1)
        #expect(problems.first?.hasPrefix("\(Self.path):11: \(message)") == true, "\(problems)")
    }

    @Test("each day has the status the incident gave the component that day; the current status is the latest")
    func days() throws {
        let incident = try parse(Self.text)
        let over = buildTimeline(incidents: [incident], now: "2026-11-24T12:00:00Z")
        #expect(over.state(of: "archive")?.days.map(\.status) == [nil, .majorOutage, .majorOutage])
        #expect(
            over.state(of: "archive")?.days.map(\.incidentIDs) == [[], ["2026-11-23-archive"], ["2026-11-23-archive"]])

        let open = try parse(Self.text.replacingOccurrences(of: "resolved", with: "update"))
        let later = buildTimeline(incidents: [open], now: "2026-11-25T12:00:00Z")
        // The 25th, after the recovery, is degraded, not down.
        #expect(later.state(of: "archive")?.days.map(\.status) == [.majorOutage, .majorOutage, .degradedPerformance])
        #expect(later.state(of: "archive")?.status == .degradedPerformance)
        #expect(later.state(of: "mail")?.status == .degradedPerformance)
        let before = buildTimeline(incidents: [open], now: "2026-11-24T08:00:00Z")
        #expect(before.state(of: "archive")?.status == .majorOutage)
    }
}
