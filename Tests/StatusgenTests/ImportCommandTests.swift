import Foundation
import Testing

/// A temporary folder, removed when the test ends.
final class ScratchFolder {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("statusgen-import-\(UUID().uuidString)")

    init() throws {
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: root)
    }

    func path(_ name: String) -> String { root.appendingPathComponent(name).path }

    func text(_ name: String) -> String? {
        (try? Data(contentsOf: root.appendingPathComponent(name))).map { String(decoding: $0, as: UTF8.self) }
    }
}

@Suite("statusgen import monitors and import cstate")
struct ImportCommandTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../StatusgenImportTests/Fixtures").standardizedFileURL

    static let gatusCSV = """
        timestamp,monitor,status,latency_ms
        2025-01-02T03:04:05.123Z,core_website,up,41.512
        2025-01-02T03:04:05.123Z,mail--uk_smtp,up,8
        2025-01-02T03:05:05Z,core_website,down,12
        2025-01-02T03:06:05Z,core_website,down,

        """

    @Test(
        "Without --output the CSV goes to standard output and warnings to standard error, under either name",
        arguments: [["import", "monitors"], ["import-monitors"]])
    func standardOutput(command: [String]) throws {
        let gatus = Self.fixtures.appendingPathComponent("gatus-statuses.json").path
        let run = try StatusgenProcess.run(command + ["--from", "gatus", gatus])
        #expect(run.status == 0)
        #expect(run.stdout == Self.gatusCSV)
        #expect(run.stderr == "\(gatus):54: warning: endpoint '_new-endpoint' has no results\n")
    }

    @Test("--output never replaces a file; --append adds rows to a file in the same format")
    func outputFile() throws {
        let scratch = try ScratchFolder()
        let gatus = Self.fixtures.appendingPathComponent("gatus-statuses.json").path
        let output = scratch.path("gatus.csv")
        let first = try StatusgenProcess.run(["import-monitors", "--from", "gatus", gatus, "--output", output])
        #expect(first.status == 0)
        #expect(first.stdout == "Wrote 4 rows for 2 monitors to \(output)\n")
        #expect(scratch.text("gatus.csv") == Self.gatusCSV)

        let again = try StatusgenProcess.run(["import-monitors", "--from", "gatus", gatus, "--output", output])
        #expect(again.status == 1)
        #expect(
            again.stderr.hasSuffix(
                "\(output): the file exists; give --append to add the rows to it, or another --output\n"))
        #expect(scratch.text("gatus.csv") == Self.gatusCSV)

        let appended = try StatusgenProcess.run(
            ["import-monitors", "--from", "gatus", gatus, "--output", output, "--append"])
        #expect(appended.status == 0)
        #expect(
            scratch.text("gatus.csv") == Self.gatusCSV
                + Self.gatusCSV.split(separator: "\n").dropFirst().joined(separator: "\n") + "\n")
    }

    @Test("The summary counts one row of one monitor in the singular")
    func singularSummary() throws {
        let scratch = try ScratchFolder()
        try Data(
            """
            {"status": "success", "data": {"resultType": "matrix", "result": [
              {"metric": {"__name__": "probe_success", "instance": "web"}, "values": [[1764064800, "1"]]}]}}
            """.utf8
        ).write(to: scratch.root.appendingPathComponent("success.json"))
        let output = scratch.path("probes.csv")
        let run = try StatusgenProcess.run(
            ["import-monitors", "--from", "prometheus", scratch.path("success.json"), "--output", output])
        #expect(run.status == 0)
        #expect(run.stdout == "Wrote 1 row for 1 monitor to \(output)\n")
        #expect(scratch.text("probes.csv") == "timestamp,monitor,status,latency_ms\n2025-11-25T10:00:00Z,web,up,\n")
    }

    @Test("--append refuses a file in another format, and bad input writes nothing")
    func refusals() throws {
        let scratch = try ScratchFolder()
        let gatus = Self.fixtures.appendingPathComponent("gatus-statuses.json").path
        try Data("time,name,ok\n".utf8).write(to: scratch.root.appendingPathComponent("other.csv"))
        let other = try StatusgenProcess.run(
            ["import-monitors", "--from", "gatus", gatus, "--output", scratch.path("other.csv"), "--append"])
        #expect(other.status == 1)
        #expect(
            other.stderr.hasSuffix(
                "\(scratch.path("other.csv")):1: the header is 'time,name,ok', not 'timestamp,monitor,status,latency_ms':"
                    + " statusgen only appends to files in that format; write a new file instead\n"))
        #expect(scratch.text("other.csv") == "time,name,ok\n")

        #expect(FileManager.default.createFile(atPath: scratch.path("empty.csv"), contents: nil))
        let empty = try StatusgenProcess.run(
            ["import-monitors", "--from", "gatus", gatus, "--output", scratch.path("empty.csv"), "--append"])
        #expect(empty.status == 0)
        #expect(scratch.text("empty.csv") == Self.gatusCSV)

        try Data("[{\"key\": \"a\",\n \"results\": [{\"timestamp\": \"soon\", \"success\": true}]}]".utf8)
            .write(to: scratch.root.appendingPathComponent("bad.json"))
        let bad = try StatusgenProcess.run(
            ["import-monitors", "--from", "gatus", scratch.path("bad.json"), "--output", scratch.path("new.csv")])
        #expect(bad.status == 1)
        #expect(bad.stderr == "\(scratch.path("bad.json")):2: 'soon' is not an RFC 3339 timestamp\n")
        #expect(bad.stdout == "")
        #expect(scratch.text("new.csv") == nil)
    }

    @Test("A converted cState site builds cleanly, and a second import changes nothing")
    func cStateSiteBuilds() throws {
        let scratch = try ScratchFolder()
        let cstate = Self.fixtures.appendingPathComponent("cstate-messy").path
        let run = try StatusgenProcess.run(["import", "cstate", cstate, "--source", scratch.root.path])
        #expect(run.status == 0)
        #expect(
            run.stdout == """
                8 issues: 8 written, 0 skipped
                Wrote statusgen.yml with the cState systems as components
                Wrote redirects for the old addresses: redirects/cstate-nginx-map.conf, static/_redirects, 15 pages\
                 under static/, which build publishes
                2 affected names matched no component and are kept as text (affected_text:):
                  Databse (1 issue)
                  Payments (1 issue)
                Give --map FILE to write them into a map to fill in.

                """)
        #expect(run.stderr.split(separator: "\n").count == 12)
        #expect(
            scratch.text("incidents/2018-05-25-us-east-conn-issues.md")
                == (try? String(
                    contentsOf: Self.fixtures.appendingPathComponent(
                        "cstate-messy-expected/incidents/2018-05-25-us-east-conn-issues.md"), encoding: .utf8)))

        let build = try StatusgenProcess.run(
            ["build", "--source", scratch.root.path, "--now", "2026-11-25T12:00:00Z"])
        #expect(build.status == 0)
        #expect(build.stderr == "")
        #expect(
            scratch.text("site/incidents/2018-05-25-us-east-conn-issues.html")?.contains("US East Connection Issues")
                == true)
        // Names that are no component are shown on the page and given in the API.
        #expect(scratch.text("site/incidents/2025-04-24-database-slow.html")?.contains("<li>Databse</li>") == true)
        #expect(
            scratch.text("site/api/v2/incidents.json")?.contains(
                "\"affected_text\": [\n        \"Databse\",\n        \"Payments\"\n      ]") == true)

        let before = scratch.text("incidents/2024-07-23-excitement.md")
        let again = try StatusgenProcess.run(["import", "cstate", cstate, "--source", scratch.root.path])
        #expect(again.status == 0)
        #expect(again.stdout == "8 issues: 0 written, 8 skipped\n")
        #expect(
            again.stderr.split(separator: "\n").allSatisfy {
                $0.hasSuffix(".md exists: not overwritten (give --update to bring it up to date)")
                    || $0.contains("config.yml")
            })
        #expect(scratch.text("incidents/2024-07-23-excitement.md") == before)
    }

    @Test("An unclear cState issue is skipped or degraded with a warning, and the others are written")
    func cStateUnclearIssues() throws {
        let scratch = try ScratchFolder()
        let cstate = try Self.cStateSite(in: scratch)
        try Data("---\ntitle: Fine\ndate: 2025-01-02T03:04:05Z\n---\nOK\n".utf8)
            .write(to: cstate.appendingPathComponent("content/issues/fine.md"))
        try Data("---\ntitle: Odd\ndate: 2025-01-02T03:04:05Z\nseverity: meh\n---\nText\n".utf8)
            .write(to: cstate.appendingPathComponent("content/issues/odd.md"))
        try Data("Just text\n".utf8).write(to: cstate.appendingPathComponent("content/issues/broken.md"))
        let site = scratch.root.appendingPathComponent("site-source")
        try FileManager.default.createDirectory(at: site, withIntermediateDirectories: true)
        let run = try StatusgenProcess.run(["import", "cstate", cstate.path, "--source", site.path])
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("3 issues: 2 written (1 degraded), 1 skipped\n"))
        #expect(
            run.stderr.contains(
                "\(cstate.path)/content/issues/broken.md:1: warning: no YAML front matter between '---' lines: skipped\n"
            ))
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: site.appendingPathComponent("incidents").path).sorted()
                == ["2025-01-02-fine.md", "2025-01-02-odd.md"])
    }

    @Test("--map writes the unmatched names to fill in; the filled map and --update place them in unedited files")
    func cStateMapAndUpdate() throws {
        let scratch = try ScratchFolder()
        let cstate = try Self.cStateSite(in: scratch)
        for name in ["a", "b"] {
            try Data("---\ntitle: \(name)\ndate: 2025-01-02T03:04:05Z\naffected: [api.example.org]\n---\nText\n".utf8)
                .write(to: cstate.appendingPathComponent("content/issues/\(name).md"))
        }
        let site = scratch.root.appendingPathComponent("site")
        let map = scratch.path("map.yml")
        let first = try StatusgenProcess.run(["import", "cstate", cstate.path, "--source", site.path, "--map", map])
        #expect(first.status == 0)
        #expect(first.stdout.contains("  api.example.org (2 issues)\nWrote \(map): give each name a component id"))
        #expect(scratch.text("map.yml")?.hasSuffix("api.example.org: \"\"  # 2 issues\n") == true)

        try Data("api.example.org: api\n".utf8).write(to: URL(fileURLWithPath: map))
        let edited = site.appendingPathComponent("incidents/2025-01-02-b.md")
        let ours = (try String(contentsOf: edited, encoding: .utf8)) + "\nOur own words.\n"
        try Data(ours.utf8).write(to: edited)
        let again = try StatusgenProcess.run(
            ["import", "cstate", cstate.path, "--source", site.path, "--map", map, "--update"])
        #expect(again.status == 0)
        #expect(
            again.stdout
                == "updated incidents/2025-01-02-a.md: front matter: affected_text, components\n"
                + "2 issues: 1 written (1 of them updated), 1 skipped\n")
        #expect(
            again.stderr.contains(
                "incidents/2025-01-02-b.md was edited since it was imported: not overwritten, though the issue changed")
        )
        #expect(
            (try String(contentsOf: site.appendingPathComponent("incidents/2025-01-02-a.md"), encoding: .utf8))
                .contains("components:\n  api: degraded_performance\n"))
        #expect((try String(contentsOf: edited, encoding: .utf8)) == ours)
    }

    /// A cState site with one system, `API`, and no issues yet, in `scratch/old`.
    @Test("Issues added in cState since extend the redirect files; a line added by hand keeps them as they are")
    func cStateRedirectsGrow() throws {
        let scratch = try ScratchFolder()
        let cstate = try Self.cStateSite(in: scratch)
        func add(_ name: String) throws {
            try Data("---\ntitle: \(name)\ndate: 2025-01-02T03:04:05Z\n---\nText\n".utf8)
                .write(to: cstate.appendingPathComponent("content/issues/\(name).md"))
        }
        let site = scratch.root.appendingPathComponent("new")
        try FileManager.default.createDirectory(at: site, withIntermediateDirectories: true)
        func importAgain() throws -> StatusgenProcess.Output {
            try StatusgenProcess.run(["import", "cstate", cstate.path, "--source", site.path])
        }
        try add("a")
        #expect(try importAgain().status == 0)
        let map = site.appendingPathComponent("redirects/cstate-nginx-map.conf")
        let netlify = site.appendingPathComponent("static/_redirects")
        try add("b")
        let second = try importAgain()
        #expect(second.status == 0)
        #expect(
            second.stdout.contains(
                "Wrote redirects for the old addresses: redirects/cstate-nginx-map.conf, static/_redirects, 1 page"
                    + " under static/"))
        #expect(second.stderr.contains("not replaced") == false)
        let grown = try String(contentsOf: map, encoding: .utf8)
        #expect(grown.contains("\"/issues/a/\"") && grown.contains("\"/issues/b/\""))

        let mine = "/status-old/ /history/index.html 301\n"
        try Data((try String(contentsOf: netlify, encoding: .utf8) + mine).utf8).write(to: netlify)
        try add("c")
        let third = try importAgain()
        #expect(third.status == 0)
        #expect(
            third.stderr.contains(
                "static/_redirects: warning: exists and differs from the redirects of this import, and has lines this"
                    + " import would not write: not replaced"))
        #expect(try String(contentsOf: netlify, encoding: .utf8).hasSuffix(mine))
        #expect(try String(contentsOf: map, encoding: .utf8).contains("\"/issues/c/\""))
    }

    static func cStateSite(in scratch: ScratchFolder) throws -> URL {
        let cstate = scratch.root.appendingPathComponent("old")
        try FileManager.default.createDirectory(
            at: cstate.appendingPathComponent("content/issues"), withIntermediateDirectories: true)
        try Data("params:\n  systems:\n    - name: API\n".utf8).write(to: cstate.appendingPathComponent("config.yml"))
        return cstate
    }
}
