import Foundation
import StatusgenTestSupport
import Testing

@Suite("statusgen init, and a new user's first incident")
struct InitCommandTests {
    static let files = [
        ".gitignore", "README.md", "incidents/2026-11-24-example-incident.md", "monitors/checks.csv", "statusgen.yml",
        "templates/incidents/degraded-performance.md", "templates/incidents/outage.md",
        "templates/incidents/planned-maintenance.md",
    ]

    /// A new site made by `init` in the folder `status` of `scratch`.
    func newSite(in scratch: ScratchSite) throws -> URL {
        let folder = scratch.root.appendingPathComponent("status")
        let result = try StatusgenProcess.run(["init", folder.path, "--now", "2026-11-24T12:00:30Z"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr == "")
        return folder
    }

    @Test("init writes a site that builds and validates without a single warning")
    func initBuilds() throws {
        let scratch = try ScratchSite()
        let folder = try newSite(in: scratch)
        #expect(FileTree.filePaths(in: folder) == Self.files)
        #expect(
            try String(
                contentsOf: folder.appendingPathComponent("incidents/2026-11-24-example-incident.md"), encoding: .utf8
            )
            .contains("\n## 2026-11-24T11:00:00Z investigating\n"))
        #expect(
            try String(contentsOf: folder.appendingPathComponent("monitors/checks.csv"), encoding: .utf8)
                == "timestamp,monitor,status,latency_ms\n")
        let gitignore = try String(contentsOf: folder.appendingPathComponent(".gitignore"), encoding: .utf8)
        #expect(gitignore.contains("\nsite/\n.statusgen-cache/\n"))
        let build = try StatusgenProcess.run(["build", "--source", folder.path, "--now", "2026-11-24T12:00:30Z"])
        #expect(build.status == 0)
        #expect(build.stderr == "")
        let validate = try StatusgenProcess.run(["validate", "--source", folder.path])
        #expect(validate.stderr == "")
        #expect(validate.status == 0)
    }

    @Test("init refuses a folder that holds any of its files, and writes nothing at all")
    func refusesToOverwrite() throws {
        let scratch = try ScratchSite()
        let folder = scratch.root.appendingPathComponent("status")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data("my notes\n".utf8).write(to: folder.appendingPathComponent("README.md"))
        try Data("site/\n".utf8).write(to: folder.appendingPathComponent(".gitignore"))
        let result = try StatusgenProcess.run(["init", folder.path, "--now", "2026-11-24T12:00:30Z"])
        #expect(result.status == 1)
        #expect(result.stdout == "")
        #expect(
            result.stderr
                == "error: \(folder.path) already holds .gitignore, README.md; nothing was written"
                + " (statusgen init never overwrites a file)\n")
        #expect(FileTree.filePaths(in: folder) == [".gitignore", "README.md"])
        #expect(try String(contentsOf: folder.appendingPathComponent("README.md"), encoding: .utf8) == "my notes\n")

        // The same for the site statusgen's own init wrote.
        let other = try ScratchSite()
        let site = try newSite(in: other)
        let before = try other.snapshot(of: site)
        let again = try StatusgenProcess.run(["init", site.path, "--now", "2026-11-24T12:00:30Z"])
        #expect(again.status == 1)
        #expect(
            again.stderr
                == "error: \(site.path) already holds statusgen.yml, incidents/2026-11-24-example-incident.md,"
                + " monitors/checks.csv, templates/incidents/outage.md, templates/incidents/degraded-performance.md,"
                + " templates/incidents/planned-maintenance.md, .gitignore, README.md; nothing was written"
                + " (statusgen init never overwrites a file)\n"
        )
        #expect(try other.snapshot(of: site).mapValues(\.0) == before.mapValues(\.0))
    }

    @Test("init refuses a built site's folder or one inside it, which the next build would replace")
    func refusesBuiltSite() throws {
        let scratch = try ScratchSite()
        let folder = try newSite(in: scratch)
        let build = try StatusgenProcess.run(["build", "--source", folder.path, "--now", "2026-11-24T12:00:30Z"])
        #expect(build.status == 0, "\(build.stderr)")
        let site = folder.appendingPathComponent("site")
        let before = try scratch.snapshot(of: site)
        let targets = [(site, "is"), (site.appendingPathComponent("incidents/new"), "is inside \(site.path),")]
        for (target, place) in targets {
            let result = try StatusgenProcess.run(["init", target.path, "--now", "2026-11-24T12:00:30Z"])
            #expect(result.status == 1)
            #expect(
                result.stderr
                    == "error: \(target.path) \(place) a site statusgen built (it holds .statusgen-site),"
                    + " which the next build replaces; nothing was written: create the new site in another folder\n")
        }
        #expect(try scratch.snapshot(of: site).mapValues(\.0) == before.mapValues(\.0))
    }

    @Test("A new user's incident: init, new, update, resolve, build")
    func newUserFlow() throws {
        let scratch = try ScratchSite()
        let folder = try newSite(in: scratch)
        func run(_ arguments: [String], at time: String) throws -> StatusgenProcess.Output {
            let result = try StatusgenProcess.run(arguments + ["--source", folder.path, "--now", time])
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
            #expect(result.stderr == "")
            return result
        }
        let id = "2026-11-24-api-errors"
        let created = try run(
            [
                "new", "API errors", "--component", "api=major_outage", "--impact", "major", "-m",
                "Requests fail with 500.",
            ],
            at: "2026-11-24T13:00:00Z")
        #expect(created.stdout == "Created incidents/\(id).md (id \(id))\n")
        _ = try run(
            ["update", id, "--status", "monitoring", "--component", "api=degraded_performance", "-m", "Fix deployed."],
            at: "2026-11-24T13:20:00Z")
        let open = try run(["build"], at: "2026-11-24T13:30:00Z")
        #expect(open.stdout.hasPrefix("Built "))
        let during = try String(contentsOf: folder.appendingPathComponent("site/index.html"), encoding: .utf8)
        #expect(during.contains("API errors"))
        #expect(during.contains("Fix deployed."))

        _ = try run(["resolve", id, "-m", "All requests succeed again.", "--build"], at: "2026-11-24T13:40:00Z")
        let page = try String(contentsOf: folder.appendingPathComponent("site/incidents/\(id).html"), encoding: .utf8)
        for text in ["Requests fail with 500.", "Fix deployed.", "All requests succeed again."] {
            #expect(page.contains(text))
        }
        // The record keeps the worst the incident did to the API, not the status it ended on.
        #expect(page.contains("had a major outage") && !page.contains("had degraded performance"))
        // The API gives each update the change it made: down, then degraded, then operational again.
        let api = try Data(contentsOf: folder.appendingPathComponent("site/api/v2/incidents.json"))
        let incidents = try #require(
            (try JSONSerialization.jsonObject(with: api) as? [String: Any])?["incidents"] as? [[String: Any]])
        let updates = try #require(
            incidents.first { $0["id"] as? String == id }?["incident_updates"] as? [[String: Any]])
        let changes = updates.reversed().map { update in
            ((update["affected_components"] as? [[String: Any]])?.first).map {
                "\($0["old_status"] ?? "") -> \($0["new_status"] ?? "")"
            }
        }
        #expect(
            changes == [
                "operational -> major_outage", "major_outage -> degraded_performance",
                "degraded_performance -> operational",
            ])
        #expect(
            try String(contentsOf: folder.appendingPathComponent("incidents/\(id).md"), encoding: .utf8) == """
                ---
                title: API errors
                impact: major
                components:
                  api: major_outage
                ---
                ## 2026-11-24T13:00:00Z investigating
                Requests fail with 500.

                ## 2026-11-24T13:20:00Z monitoring (api=degraded_performance)
                Fix deployed.

                ## 2026-11-24T13:40:00Z resolved
                All requests succeed again.

                """)
    }
}
