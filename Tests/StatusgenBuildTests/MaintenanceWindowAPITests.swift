import Foundation
import StatusgenCore
import StatusgenModel
import Testing

@testable import StatusgenBuild

/// A maintenance that its window starts and ends, with no update saying so, as Statuspage's API shows it.
@Suite("A maintenance's window in the Statuspage API")
struct MaintenanceWindowAPITests {
    static let files = [
        InputFile(
            path: "statusgen.yml",
            contents: Data(
                "title: Acme\nbase_url: https://status.acme.test/\ntimezone: UTC\ncomponents:\n  - id: api\n    name: API\n"
                    .utf8)),
        InputFile(
            path: "incidents/2026-11-10-db-upgrade.md",
            contents: Data(
                """
                ---
                title: Database upgrade
                kind: maintenance
                impact: none
                components:
                  api: under_maintenance
                starts: 2026-11-10T01:00:00Z
                ends: 2026-11-10T03:00:00Z
                ---
                ## 2026-11-05T09:00:00Z scheduled
                We will upgrade the database.

                ## 2026-11-10T01:30:00Z update
                Half done.

                """.utf8)),
    ]

    /// The maintenance's updates in scheduled-maintenances.json, newest first, as of `now`: (id, status, body).
    func updates(at now: String) throws -> [(String, String, String)] {
        let result = BuildPipeline().run(Self.files, now: try TimestampParser.parse(now))
        let outputs = try #require(result.outputs, "\(result.diagnostics)")
        let file = try #require(outputs.first { $0.path == "api/v2/scheduled-maintenances.json" })
        let json = try #require(try JSONSerialization.jsonObject(with: file.contents) as? [String: Any])
        let incident = try #require((json["scheduled_maintenances"] as? [[String: Any]])?.first)
        let updates = try #require(incident["incident_updates"] as? [[String: Any]])
        return updates.map { ($0["id"] as? String ?? "", $0["status"] as? String ?? "", $0["body"] as? String ?? "") }
    }

    @Test("gets the update Statuspage posts when the window starts, and when it ends; a note keeps the status")
    func windowUpdates() throws {
        let id = "2026-11-10-db-upgrade-"
        let started = "Scheduled maintenance is currently in progress. We will provide updates as necessary."
        let during = try updates(at: "2026-11-10T02:00:00Z")
        #expect(during.map(\.0) == [id + "20261110T013000Z", id + "20261110T010000Z", id + "20261105T090000Z"])
        #expect(during.map(\.1) == ["in_progress", "in_progress", "scheduled"])
        #expect(during[1].2 == started)
        let after = try updates(at: "2026-11-10T04:00:00Z")
        #expect(after.map(\.1) == ["completed", "in_progress", "in_progress", "scheduled"])
        #expect(after[0].0 == id + "20261110T030000Z" && after[0].2 == "The scheduled maintenance has been completed.")
        let before = try updates(at: "2026-11-09T12:00:00Z")
        #expect(!before.map(\.1).contains("in_progress") && !before.map(\.1).contains("completed"))
    }
}
