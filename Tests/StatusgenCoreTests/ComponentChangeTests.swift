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
        #expect(
            incident.worstComponents(from: utc("2026-11-23T10:00:00Z"), to: utc("2026-11-24T11:00:00Z")).map(\.status)
                == [.majorOutage, .degradedPerformance])
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
                    + " by commas, in one parenthesis after the status word"
            ),
            (
                "(archive=operational, archive=major_outage)",
                "'archive' is given two statuses in one update"
            ),
            (
                "(archive: operational)",
                "'(archive: operational)': write each component's new status as ID=STATUS, separated by commas, in"
                    + " one parenthesis after the status word, such as (api=operational)"
            ),
        ])
    func errors(changes: String, message: String) throws {
        let text = Self.text.replacingOccurrences(of: "(archive=degraded_performance)", with: changes)
        let problems = diagnostics { () throws(DiagnosticList) in try parse(text) }
        #expect(problems.count == 1)
        #expect(problems.first?.hasPrefix("\(Self.path):11: \(message)") == true, "\(problems)")
    }

    @Test("a resolution gives every component back, so it carries no change")
    func changeOnResolution() {
        let text = Self.text.replacingOccurrences(of: "resolved", with: "resolved (mail=major_outage)")
        #expect(
            diagnostics { () throws(DiagnosticList) in try parse(text) } == [
                "\(Self.path):14: 'resolved' gives every component back, so it changes no status: write the changes on"
                    + " an update before it"
            ])
    }

    @Test("right after an update, a later update in the same second has not changed anything yet")
    func sameSecond() throws {
        let text = Self.text.replacingOccurrences(
            of: "## 2026-11-24T11:00:00Z resolved",
            with: "## 2026-11-24T09:00:00Z update (mail=operational)\nMail is fine.\n\n## 2026-11-24T11:00:00Z resolved"
        )
        let incident = try parse(text)
        #expect(
            incident.components(after: incident.updates[1]).map(\.status) == [
                .degradedPerformance, .degradedPerformance,
            ])
        #expect(incident.components(after: incident.updates[2]).map(\.status) == [.degradedPerformance, .operational])
        #expect(
            incident.components(at: utc("2026-11-24T09:00:00Z")).map(\.status) == [.degradedPerformance, .operational])
    }

    @Test("a change at the incident's very start replaces the front matter's status, which then never held")
    func changeAtStart() throws {
        let text = Self.text.replacingOccurrences(
            of: "## 2026-11-23T10:00:00Z investigating",
            with: "## 2026-11-23T10:00:00Z investigating (archive=operational)")
        let incident = try parse(text)
        #expect(
            incident.worstComponents(from: utc("2026-11-23T10:00:00Z"), to: utc("2026-11-24T11:00:00Z")).map(\.status)
                == [.degradedPerformance, .degradedPerformance])
    }

    @Test("a maintenance that gives a component back lets its monitors speak again and its uptime count")
    func maintenanceGivesBack() {
        let work = Incident(
            id: "2026-11-24-work", kind: .maintenance, title: "Work", impact: .none,
            components: [
                AffectedComponent(id: "api", status: .underMaintenance),
                AffectedComponent(id: "mail", status: .underMaintenance),
            ],
            summaryHTML: "",
            updates: [
                IncidentUpdate(time: utc("2026-11-20T09:00:00Z"), status: .scheduled, bodyHTML: "", line: 6),
                IncidentUpdate(
                    time: utc("2026-11-24T11:00:00Z"), status: .update, bodyHTML: "", line: 9,
                    componentChanges: [AffectedComponent(id: "api", status: .operational)]),
            ],
            window: MaintenanceWindow(starts: utc("2026-11-24T10:00:00Z"), ends: utc("2026-11-24T16:00:00Z")),
            source: StatusgenModel.SourceLocation(path: "incidents/2026-11-24-work.md", line: 1))
        let down = [
            ("2026-11-24T12:00:00Z", MonitorStatus.down), ("2026-11-24T12:05:00Z", .down),
            ("2026-11-24T12:10:00Z", .down),
        ]
        let timeline = buildTimeline(
            incidents: [work], checks: makeChecks("api-eu", down) + makeChecks("smtp-uk", down),
            now: "2026-11-24T12:10:00Z")
        #expect(timeline.state(of: "api")?.status == .majorOutage)
        #expect(timeline.state(of: "mail")?.status == .underMaintenance)
        // The api's down time after it was given back counts; the mail's, in the window, does not.
        #expect((timeline.state(of: "api")?.days.last?.downSeconds ?? 0) > 0)
        #expect(timeline.state(of: "mail")?.days.last?.downSeconds == 0)
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

    @Test("a resolved incident that was reopened gives nothing between its resolution and its reopening")
    func reopened() throws {
        let incident = try parse(
            """
            ---
            title: Archive outage
            impact: major
            components:
              archive: major_outage
            ---
            ## 2026-11-23T10:00:00Z investigating
            The archive is down.

            ## 2026-11-23T12:00:00Z resolved
            It is back.

            ## 2026-11-23T13:00:00Z update
            A note after the resolution keeps the incident over.

            ## 2026-11-25T09:00:00Z investigating (archive=partial_outage)
            Some searches fail again.

            ## 2026-11-25T10:00:00Z resolved
            Fixed for good.
            """)
        let stretches = incident.statusStretches(
            of: "archive", from: utc("2026-11-23T10:00:00Z"), to: utc("2026-11-25T10:00:00Z"))
        #expect(stretches.map(\.start) == [utc("2026-11-23T10:00:00Z"), utc("2026-11-25T09:00:00Z")])
        #expect(stretches.map(\.end) == [utc("2026-11-23T12:00:00Z"), utc("2026-11-25T10:00:00Z")])
        #expect(stretches.map(\.status) == [.majorOutage, .partialOutage])
        let spans = incident.spansInEffect(from: utc("2026-11-23T10:00:00Z"), to: utc("2026-11-25T10:00:00Z"))
        #expect(spans.map(\.start) == [utc("2026-11-23T10:00:00Z"), utc("2026-11-25T09:00:00Z")])
        #expect(spans.map(\.end) == [utc("2026-11-23T12:00:00Z"), utc("2026-11-25T10:00:00Z")])
        let timeline = buildTimeline(incidents: [incident], now: "2026-11-25T12:00:00Z")
        #expect(timeline.state(of: "archive")?.days.map(\.status) == [.majorOutage, nil, .partialOutage])
        #expect(timeline.state(of: "archive")?.days.map(\.incidentIDs) == [[Self.id], [], [Self.id]])
    }

    static let id = "2026-11-23-archive"
}
