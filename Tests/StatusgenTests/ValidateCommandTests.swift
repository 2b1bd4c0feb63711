import Foundation
import Testing

@Suite("statusgen validate, run as a command")
struct ValidateCommandTests {
    static let broken = """
        ---
        title: Broken
        impact: huge
        components:
          websit: major_outage
        ---
        ## 2026-11-07T15:00:00Z investigatin
        """

    @Test("A clean site: a count on standard output, exit code 0, and nothing written")
    func clean() throws {
        let scratch = try ScratchSite()
        let result = try StatusgenProcess.run(["validate", "--source", scratch.root.path])
        #expect(result.status == 0)
        #expect(result.stderr == "")
        #expect(result.stdout == "6 files checked: 0 errors, 0 warnings\n")
        #expect(!FileManager.default.fileExists(atPath: scratch.site.path))
    }

    @Test("Every error as path:line: message, exit code 1")
    func errors() throws {
        let scratch = try ScratchSite()
        try scratch.write(Self.broken, to: "incidents/2026-11-07-broken.md")
        try scratch.write("notes", to: "incidents/notes.txt")
        let result = try StatusgenProcess.run(["validate", "--source", scratch.root.path])
        #expect(result.status == 1)
        #expect(
            result.stderr.split(separator: "\n").map(String.init) == [
                "incidents/2026-11-07-broken.md:3: 'impact': unknown value 'huge': expected one of none, minor, major, critical",
                "incidents/2026-11-07-broken.md:5: unknown component 'websit' (did you mean 'website'?)",
                "incidents/2026-11-07-broken.md:7: unknown status 'investigatin' for an incident: expected one of"
                    + " investigating, identified, monitoring, resolved, update (did you mean 'investigating'?)",
                "incidents/notes.txt: warning: ignored: incident files end in .md",
            ])
        #expect(result.stdout == "8 files checked: 3 errors, 1 warning\n")
        #expect(!FileManager.default.fileExists(atPath: scratch.site.path))
    }

    @Test("The subscribers file of an email channel is checked as notify reads it, each bad line an error")
    func subscribers() throws {
        let scratch = try ScratchSite()
        let config = scratch.root.appendingPathComponent("statusgen.yml")
        let text = try String(contentsOf: config, encoding: .utf8)
        try scratch.write(
            text + "\nnotify:\n  mail:\n    kind: email\n    smtp: 127.0.0.1:2525\n    from: status@example.com\n"
                + "    unsubscribe: mailto:leave@example.com\n", to: "statusgen.yml")
        try scratch.write(
            "address,components,locale\nann@example.com,website\nbob@,website\ncy@example.com,websit\n"
                + "dora@example.com,,xx\n", to: "subscribers.csv")
        let result = try StatusgenProcess.run(["validate", "--source", scratch.root.path])
        #expect(result.status == 1)
        let lines = result.stderr.split(separator: "\n").map(String.init)
        #expect(lines.count == 3, "\(lines)")
        #expect(lines.first?.hasPrefix("subscribers.csv:3: expected 'address,components,locale'") == true)
        #expect(lines.dropFirst().first == "subscribers.csv:4: unknown component 'websit' (did you mean 'website'?)")
        #expect(lines.last?.hasPrefix("subscribers.csv:5: unknown language 'xx'") == true)
        try FileManager.default.removeItem(at: scratch.root.appendingPathComponent("subscribers.csv"))
        let missing = try StatusgenProcess.run(["validate", "--source", scratch.root.path])
        #expect(missing.status == 1)
        #expect(missing.stderr.hasSuffix(": channel 'mail': cannot read its subscribers file subscribers.csv\n"))
        #expect(missing.stderr.hasPrefix("statusgen.yml:"))
    }

    @Test("Control characters from a site's files reach the terminal as escapes, never raw")
    func controlCharacters() throws {
        let scratch = try ScratchSite()
        try scratch.write(
            """
            ---
            title: Escapes
            impact: minor
            components:
              "web\\e[2Jsite\\a": major_outage
            ---
            ## 2026-11-07T15:00:00Z investigating
            """, to: "incidents/2026-11-07-escapes.md")
        let result = try StatusgenProcess.run(["validate", "--source", scratch.root.path])
        #expect(result.status == 1)
        #expect(
            result.stderr == "incidents/2026-11-07-escapes.md:5: unknown component 'web\\u{1B}[2Jsite\\u{7}'\n")
        #expect(!result.stderr.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
    }

    @Test("Warnings alone exit with 0")
    func warningsOnly() throws {
        let scratch = try ScratchSite()
        try scratch.write("notes", to: "incidents/notes.txt")
        let result = try StatusgenProcess.run(["validate", "--source", scratch.root.path])
        #expect(result.status == 0)
        #expect(result.stderr == "incidents/notes.txt: warning: ignored: incident files end in .md\n")
    }

    @Test("A folder in incidents/ is not read, and says so")
    func incidentSubfolder() throws {
        let scratch = try ScratchSite()
        try FileManager.default.createDirectory(
            at: scratch.root.appendingPathComponent("incidents/old"), withIntermediateDirectories: true)
        try scratch.write("---\ntitle: Old\nimpact: minor\n---\n", to: "incidents/old/2020-01-01-old.md")
        let result = try StatusgenProcess.run(["validate", "--source", scratch.root.path])
        #expect(result.status == 0)
        #expect(
            result.stderr == "incidents/old: warning: ignored: a folder; incident files go directly in incidents/\n")
        let build = try StatusgenProcess.run(["build", "--source", scratch.root.path, "--now", "2026-11-07T16:00:00Z"])
        #expect(build.status == 0)
        #expect(build.stderr.contains("incidents/old: warning: ignored: a folder"))
    }

    @Test("--format json prints the documented object on standard output")
    func json() throws {
        let scratch = try ScratchSite()
        try scratch.write(
            "---\ntitle: Broken\nimpact: huge\n---\n## 2026-11-07T15:00:00Z investigating\n",
            to: "incidents/2026-11-07-broken.md")
        try scratch.write("notes", to: "incidents/notes.txt")
        let result = try StatusgenProcess.run(["validate", "--format", "json", "--source", scratch.root.path])
        #expect(result.status == 1)
        #expect(result.stderr == "")
        #expect(
            result.stdout == """
                {
                  "diagnostics" : [
                    {
                      "line" : 3,
                      "message" : "'impact': unknown value 'huge': expected one of none, minor, major, critical",
                      "path" : "incidents/2026-11-07-broken.md",
                      "severity" : "error"
                    },
                    {
                      "message" : "ignored: incident files end in .md",
                      "path" : "incidents/notes.txt",
                      "severity" : "warning"
                    }
                  ],
                  "errors" : 1,
                  "warnings" : 1
                }

                """)
    }
}
