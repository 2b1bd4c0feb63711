import Foundation
import Testing

/// `statusgen templates` and `statusgen new --template`, on the templates `init` ships.
@Suite("Incident templates from the command line")
struct TemplatesCommandTests {
    func newSite(in scratch: ScratchSite) throws -> URL {
        let folder = scratch.root.appendingPathComponent("status")
        let result = try StatusgenProcess.run(["init", folder.path, "--now", "2026-11-24T12:00:30Z"])
        #expect(result.status == 0, "\(result.stderr)")
        return folder
    }

    @Test("templates lists the three templates init ships, with the values each needs")
    func list() throws {
        let scratch = try ScratchSite()
        let site = try newSite(in: scratch)
        let result = try StatusgenProcess.run(["templates", "--source", site.path])
        #expect(result.status == 0)
        #expect(
            result.stdout == """
                degraded-performance --set service=... --set component=...
                outage --set service=... --set component=...
                planned-maintenance --set service=... --set starts=... --set ends=... --set component=...

                """)
    }

    @Test("new --template writes the filled template as the first update, and the site builds")
    func newFromTemplate() throws {
        let scratch = try ScratchSite()
        let site = try newSite(in: scratch)
        let created = try StatusgenProcess.run([
            "new", "--source", site.path, "--template", "outage", "--set", "component=website", "--set",
            "service=The shop", "--now", "2026-11-24T13:00:00Z",
        ])
        #expect(created.status == 0, "\(created.stderr)")
        #expect(
            created.stdout
                == "Created incidents/2026-11-24-the-shop-is-unavailable.md (id 2026-11-24-the-shop-is-unavailable)\n")
        let text = try String(
            contentsOf: site.appendingPathComponent("incidents/2026-11-24-the-shop-is-unavailable.md"), encoding: .utf8)
        #expect(
            text == """
                ---
                title: The shop is unavailable
                impact: major
                components:
                  website: major_outage
                ---
                ## 2026-11-24T13:00:00Z investigating
                The shop is unavailable for some or all customers. We are investigating and will post an update
                within 30 minutes.

                """)
        let maintenance = try StatusgenProcess.run([
            "new", "--source", site.path, "--template", "planned-maintenance", "--set", "component=api", "--set",
            "service=API", "--set", "starts=2026-12-01 22:00 UTC", "--set", "ends=2026-12-02 01:00 UTC",
            "-m", "Database upgrade.", "--now", "2026-11-24T13:00:00Z",
        ])
        #expect(maintenance.status == 0, "\(maintenance.stderr)")
        let planned = try String(
            contentsOf: site.appendingPathComponent("incidents/2026-11-24-planned-maintenance-of-api.md"),
            encoding: .utf8)
        #expect(planned.contains("kind: maintenance\nstarts: 2026-12-01T22:00:00Z\nends: 2026-12-02T01:00:00Z\n"))
        #expect(planned.hasSuffix("scheduled\nDatabase upgrade.\n"))
        let build = try StatusgenProcess.run(["build", "--source", site.path, "--now", "2026-11-24T13:00:00Z"])
        #expect(build.status == 0, "\(build.stderr)")
    }

    @Test("a placeholder left unfilled or an unknown template is an error that names it, and writes nothing")
    func refusals() throws {
        let scratch = try ScratchSite()
        let site = try newSite(in: scratch)
        let unfilled = try StatusgenProcess.run([
            "new", "--source", site.path, "--template", "outage", "--set", "component=website",
        ])
        #expect(unfilled.status == 1)
        #expect(unfilled.stderr == "templates/incidents/outage.md:3: no value for {service}: give --set service=TEXT\n")
        let unknown = try StatusgenProcess.run(["new", "--source", site.path, "--template", "outgae"])
        #expect(unknown.status == 1)
        #expect(
            unknown.stderr
                == "error: no incident template 'outgae' in templates/incidents/ (did you mean 'outage'?); there are"
                + " degraded-performance, outage, planned-maintenance\n")
        let incidents = try FileManager.default.contentsOfDirectory(
            atPath: site.appendingPathComponent("incidents").path)
        #expect(incidents == ["2026-11-24-example-incident.md"])
    }
}
