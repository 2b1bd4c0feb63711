import Foundation
import StatusgenModel
import Testing

@testable import StatusgenCore

@Suite("Incident and maintenance lifecycle")
struct IncidentResolverTests {
    static let mailFlow = makeIncident(
        "2026-11-24-mail", components: [("mail", .majorOutage)],
        updates: [
            ("2026-11-24T10:52:00Z", .investigating), ("2026-11-24T12:30:00Z", .identified),
            ("2026-11-24T13:00:00Z", .update), ("2026-11-24T16:05:00Z", .resolved),
        ])

    func resolve(_ incident: Incident, now: String) -> TimelineIncident? {
        IncidentResolver(now: utc(now)).resolve(incident)
    }

    @Test("is resolved when its newest update says resolved, with start, end and duration")
    func resolved() throws {
        let resolved = try #require(resolve(Self.mailFlow, now: "2026-11-24T18:00:00Z"))
        #expect(resolved.phase == .resolved)
        #expect(resolved.status == .resolved)
        #expect(resolved.startedAt == utc("2026-11-24T10:52:00Z"))
        #expect(resolved.endedAt == utc("2026-11-24T16:05:00Z"))
        #expect(resolved.duration == 5.0 * 3600 + 13 * 60)
        #expect(!resolved.isOpen)
    }

    @Test("lists updates newest first, and a note keeps the status before it")
    func effectiveStatuses() throws {
        let resolved = try #require(resolve(Self.mailFlow, now: "2026-11-24T18:00:00Z"))
        #expect(resolved.updates.map(\.update.status) == [.resolved, .update, .identified, .investigating])
        #expect(resolved.updates.map(\.effectiveStatus) == [.resolved, .identified, .identified, .investigating])
        #expect(resolved.updates.first?.anchor == "update-20261124T160500Z")
    }

    @Test("ignores updates dated after now")
    func futureUpdates() throws {
        let earlier = try #require(resolve(Self.mailFlow, now: "2026-11-24T13:30:00Z"))
        #expect(earlier.phase == .active)
        #expect(earlier.status == .identified)
        #expect(earlier.endedAt == nil)
        #expect(earlier.duration == nil)
        #expect(earlier.isOpen)
        #expect(earlier.updates.count == 3)
        // An update exactly at now is known.
        #expect(resolve(Self.mailFlow, now: "2026-11-24T16:05:00Z")?.phase == .resolved)
    }

    @Test("has not begun before its first update")
    func notBegun() {
        #expect(resolve(Self.mailFlow, now: "2026-11-24T10:51:59Z") == nil)
    }

    @Test("starts as investigating when its first update is a note")
    func firstUpdateIsNote() throws {
        let incident = makeIncident("x", components: [], updates: [("2026-11-24T10:00:00Z", .update)])
        let resolved = try #require(resolve(incident, now: "2026-11-24T11:00:00Z"))
        #expect(resolved.status == .investigating)
        #expect(resolved.phase == .active)
    }

    @Test("stays resolved after a note that follows the resolution, ended at the resolving update")
    func noteAfterResolution() throws {
        let incident = makeIncident(
            "x", components: [],
            updates: [
                ("2026-11-24T10:00:00Z", .investigating), ("2026-11-24T11:00:00Z", .resolved),
                ("2026-11-25T09:00:00Z", .update),
            ])
        let resolved = try #require(resolve(incident, now: "2026-11-26T00:00:00Z"))
        #expect(resolved.phase == .resolved)
        #expect(resolved.endedAt == utc("2026-11-24T11:00:00Z"))
    }

    @Test("is open again when an update follows the resolution, and ends at the last resolution")
    func reopened() throws {
        let incident = makeIncident(
            "x", components: [],
            updates: [
                ("2026-11-24T10:00:00Z", .investigating), ("2026-11-24T11:00:00Z", .resolved),
                ("2026-11-24T11:30:00Z", .investigating), ("2026-11-24T12:30:00Z", .resolved),
            ])
        #expect(resolve(incident, now: "2026-11-24T12:00:00Z")?.phase == .active)
        #expect(resolve(incident, now: "2026-11-24T12:00:00Z")?.endedAt == nil)
        #expect(resolve(incident, now: "2026-11-24T13:00:00Z")?.endedAt == utc("2026-11-24T12:30:00Z"))
    }
}

@Suite("Maintenance lifecycle")
struct MaintenanceResolverTests {
    static let window = (starts: "2026-11-28T22:00:00Z", ends: "2026-11-29T02:00:00Z")

    func resolve(_ updates: [(String, UpdateStatus)], now: String) -> TimelineIncident? {
        let maintenance = makeIncident(
            "2026-11-28-upgrade", kind: .maintenance, components: [("archive", .underMaintenance)], updates: updates,
            window: Self.window)
        return IncidentResolver(now: utc(now)).resolve(maintenance)
    }

    @Test(
        "follows its window when no update says otherwise",
        arguments: [
            ("2026-11-28T21:59:59Z", IncidentPhase.upcoming, UpdateStatus.scheduled, nil as String?),
            ("2026-11-28T22:00:00Z", .inProgress, .inProgress, nil),
            ("2026-11-29T01:59:59Z", .inProgress, .inProgress, nil),
            ("2026-11-29T02:00:00Z", .completed, .completed, "2026-11-29T02:00:00Z"),
            ("2026-12-01T00:00:00Z", .completed, .completed, "2026-11-29T02:00:00Z"),
        ])
    func window(now: String, phase: IncidentPhase, status: UpdateStatus, endedAt: String?) throws {
        let resolved = try #require(resolve([("2026-11-21T09:00:00Z", .scheduled)], now: now))
        #expect(resolved.phase == phase)
        #expect(resolved.status == status)
        #expect(resolved.startedAt == utc("2026-11-28T22:00:00Z"))
        #expect(resolved.endedAt == endedAt.map { utc($0) })
        #expect(resolved.isOpen == (phase == .inProgress))
    }

    @Test("is announced before any update is written")
    func withoutUpdates() throws {
        let resolved = try #require(resolve([], now: "2026-11-20T00:00:00Z"))
        #expect(resolved.phase == .upcoming)
        #expect(resolved.updates.isEmpty)
    }

    @Test("is in progress from an in_progress update before the window, and starts then")
    func startedEarly() throws {
        let updates: [(String, UpdateStatus)] = [
            ("2026-11-21T09:00:00Z", .scheduled), ("2026-11-28T21:45:00Z", .inProgress),
        ]
        let resolved = try #require(resolve(updates, now: "2026-11-28T21:50:00Z"))
        #expect(resolved.phase == .inProgress)
        #expect(resolved.status == .inProgress)
        #expect(resolved.startedAt == utc("2026-11-28T21:45:00Z"))
        // Before the update is written, it is still upcoming.
        #expect(resolve(updates, now: "2026-11-28T21:40:00Z")?.phase == .upcoming)
    }

    @Test("is verifying while a verifying update is the newest")
    func verifying() throws {
        let updates: [(String, UpdateStatus)] = [
            ("2026-11-28T22:01:00Z", .inProgress), ("2026-11-29T01:00:00Z", .verifying),
            ("2026-11-29T01:05:00Z", .update),
        ]
        let resolved = try #require(resolve(updates, now: "2026-11-29T01:10:00Z"))
        #expect(resolved.phase == .inProgress)
        #expect(resolved.status == .verifying)
        #expect(resolved.updates.map(\.effectiveStatus) == [.verifying, .verifying, .inProgress])
    }

    @Test("is completed from a completed update before the window ends, and ends then")
    func completedEarly() throws {
        let updates: [(String, UpdateStatus)] = [
            ("2026-11-28T22:01:00Z", .inProgress), ("2026-11-29T01:30:00Z", .completed),
        ]
        let resolved = try #require(resolve(updates, now: "2026-11-29T01:45:00Z"))
        #expect(resolved.phase == .completed)
        #expect(resolved.status == .completed)
        #expect(resolved.endedAt == utc("2026-11-29T01:30:00Z"))
        #expect(resolved.duration == 3.5 * 3600)
        #expect(resolve(updates, now: "2026-11-29T01:29:00Z")?.phase == .inProgress)
    }

    @Test("is cancelled, and over, from a cancelled update before its window: never in progress, lasting no time")
    func cancelledBeforeWindow() throws {
        let updates: [(String, UpdateStatus)] = [
            ("2026-11-21T09:00:00Z", .scheduled), ("2026-11-25T10:00:00Z", .cancelled),
            ("2026-11-25T10:05:00Z", .update),
        ]
        for now in ["2026-11-25T10:10:00Z", "2026-11-28T23:00:00Z", "2026-12-01T00:00:00Z"] {
            let resolved = try #require(resolve(updates, now: now))
            #expect(resolved.phase == .completed, "\(now)")
            #expect(resolved.status == .cancelled, "\(now)")
            #expect(!resolved.isOpen, "\(now)")
            #expect(resolved.endedAt == utc("2026-11-25T10:00:00Z"))
            #expect(resolved.duration == 0)
        }
        #expect(
            resolve(updates, now: "2026-11-25T10:10:00Z")?.updates.map(\.effectiveStatus) == [
                .cancelled, .cancelled, .scheduled,
            ])
        #expect(resolve(updates, now: "2026-11-25T09:59:00Z")?.phase == .upcoming)
    }

    @Test("stops being in progress when cancelled during its window, and ends then")
    func cancelledDuringWindow() throws {
        let updates: [(String, UpdateStatus)] = [
            ("2026-11-28T22:01:00Z", .inProgress), ("2026-11-28T23:00:00Z", .cancelled),
        ]
        let resolved = try #require(resolve(updates, now: "2026-11-28T23:30:00Z"))
        #expect(resolved.phase == .completed)
        #expect(resolved.status == .cancelled)
        #expect(resolved.startedAt == utc("2026-11-28T22:00:00Z"))
        #expect(resolved.endedAt == utc("2026-11-28T23:00:00Z"))
        #expect(resolve(updates, now: "2026-11-28T22:30:00Z")?.phase == .inProgress)
    }

    @Test("is scheduled again when a scheduled update follows its cancellation")
    func rescheduled() throws {
        let updates: [(String, UpdateStatus)] = [
            ("2026-11-21T09:00:00Z", .cancelled), ("2026-11-22T09:00:00Z", .scheduled),
        ]
        let resolved = try #require(resolve(updates, now: "2026-11-23T00:00:00Z"))
        #expect(resolved.phase == .upcoming)
        #expect(resolved.status == .scheduled)
        #expect(resolved.endedAt == nil)
    }
}
