import Foundation
import StatusgenModel
import Testing

@testable import StatusgenImport

@Suite("cState import")
struct CStateImporterTests {
    /// The files of a fixture folder, with paths relative to it.
    static func files(in fixture: String) throws -> [InputFile] {
        let root = Fixtures.folder.appendingPathComponent(fixture)
        let paths = FileManager.default.enumerator(atPath: root.path)?.compactMap { $0 as? String } ?? []
        return try paths.sorted().compactMap { path in
            var isDirectory: ObjCBool = false
            guard
                FileManager.default.fileExists(
                    atPath: root.appendingPathComponent(path).path, isDirectory: &isDirectory),
                !isDirectory.boolValue
            else { return nil }
            return InputFile(path: path, contents: try Data(contentsOf: root.appendingPathComponent(path)))
        }
    }

    @Test("a messy cState site converts into the reviewed incidents and statusgen.yml")
    func messySite() throws {
        let result = try CStateImporter().convert(
            CStateImporter.Input(files: try Self.files(in: "cstate-messy"), displayPrefix: "cstate-messy/"))
        let expected = try Self.files(in: "cstate-messy-expected")
        let produced = (result.incidents + (result.config.map { [$0] } ?? [])).sorted { $0.path < $1.path }
        #expect(produced.map(\.path) == expected.map(\.path))
        for (file, reference) in zip(produced, expected) {
            #expect(
                String(decoding: file.contents, as: UTF8.self) == String(decoding: reference.contents, as: UTF8.self),
                "\(file.path)")
        }
        #expect(result.componentsToMerge == "")
        let issues = "cstate-messy/content/issues/"
        #expect(
            result.warnings.map(\.description) == [
                "cstate-messy/config.yml:24: warning: system 'Media Proxy' names category 'Uncategorised', which"
                    + " params.categories does not list; it becomes the group 'Uncategorised'",
                issues + "2018-05-25-us-east-conn-issues.md:3: warning: times without a time zone are read as UTC"
                    + " (5 in this file)",
                issues + "2018-06-13-maintenance-window.md:3: warning: maintenance by its title, but without a"
                    + " resolved end its window is not known: stays an incident",
                issues + "2018-06-13-maintenance-window.md:3: warning: times without a time zone are read as UTC"
                    + " (3 in this file)",
                issues + "2018-06-13-maintenance-window.md:5: warning: resolvedWhen is ignored: 'resolved' is not true",
                issues + "2019-10-04-testing-cstate-functions.md:3: warning: times without a time zone are read as UTC"
                    + " (2 in this file)",
                issues
                    + "2024-07-23-excitement.md:3: warning: times without a time zone are read as UTC (5 in this file)",
                issues + "2025-04-24-database-slow.md:3: warning: date: '2025-04-24T7:30:00-00:00' read as"
                    + " 2025-04-24T07:30:00Z",
                issues + "2025-04-24-database-slow.md:5: warning: 'resolvedWhen' is commented out: ignored",
                issues + "2025-04-24-database-slow.md:6: warning: severity 'notcie' read as 'notice'",
                issues + "2025-04-24-database-slow.md:8: warning: 'priority' is not converted",
                issues
                    + "2025-04-24-database-slow.md:12: warning: an HTML comment, which cState does not show: left out",
            ])
        // Close names are never read as a system: they stay text, listed once.
        #expect(result.unmatchedNames.map(\.name) == ["Databse", "Payments"])
        #expect(result.summary.sentence == "8 issues: 8 written, 0 skipped")
    }

    static let config = """
        title: Status
        baseURL: /
        params:
          systems:
            - name: API
            - Website
        """

    static func convert(
        issues: [String: String], existingConfig: String? = nil, existing: [String: String] = [:],
        map: ComponentMap = ComponentMap(), update: Bool = false
    ) throws(DiagnosticList) -> CStateImporter.Result {
        try convertCState(
            config: config, issues: issues, existingConfig: existingConfig, existing: existing, map: map, update: update
        )
    }

    @Test(
        "an issue that cannot be read is skipped with a warning at its line; the others are written",
        arguments: [
            (
                "---\ntitle: A\ndate: last tuesday\n---\nText\n",
                "content/issues/a.md:3: warning: date: 'last tuesday' is not a date and time such as 2025-04-24"
                    + " 07:30:00: skipped"
            ),
            (
                "---\ndate: 2025-01-02 03:04:05Z\n---\nText\n",
                "content/issues/a.md:2: warning: missing 'title': skipped"
            ),
            (
                "---\n- title\n- date\n---\nText\n",
                "content/issues/a.md:2: warning: the front matter is not a mapping of keys to values: skipped"
            ),
            (
                "+++\ntitle = \"A\"\n+++\n",
                "content/issues/a.md:1: warning: TOML front matter is not supported: convert it to YAML between '---'"
                    + " lines: skipped"
            ),
            ("Just text\n", "content/issues/a.md:1: warning: no YAML front matter between '---' lines: skipped"),
            (
                "---\ntitle: [A\n---\n",
                "content/issues/a.md:3: warning: invalid YAML: did not find expected ',' or ']': skipped"
            ),
        ])
    func skipped(text: String, expected: String) throws {
        let result = try Self.convert(issues: ["a.md": text, "b.md": Self.goodIssue])
        #expect(result.warnings.map(\.description).filter { $0.hasPrefix("content/issues/a.md") } == [expected])
        #expect(result.incidents.map(\.path) == ["incidents/2025-01-02-b.md"])
        #expect(result.summary.sentence == "2 issues: 1 written, 1 skipped")
    }

    @Test("an unknown severity changes no status, as in cState: the issue is written without impact, degraded")
    func unknownSeverity() throws {
        let issue = "---\ntitle: A\ndate: 2025-01-02 03:04:05Z\nseverity: monitoring\naffected: [API]\n---\nText\n"
        let result = try Self.convert(issues: ["a.md": issue])
        let text = String(decoding: try #require(result.incidents.first).contents, as: UTF8.self)
        #expect(text.contains("impact: none\ncomponents:\n  api: operational\n"))
        #expect(
            result.warnings.map(\.description).contains(
                "content/issues/a.md:4: warning: unknown severity 'monitoring' (cState knows down, disrupted, notice):"
                    + " imported with no impact and its components operational, as cState shows it"))
        #expect(result.summary.sentence == "1 issue: 1 written (1 degraded), 0 skipped")
    }

    @Test("an issue file that is not UTF-8 is skipped, not given a title with replacement characters")
    func notUTF8() throws {
        let latin1 =
            Data("---\ntitle: Caf".utf8) + Data([0xE9]) + Data("\ndate: 2025-01-02T03:04:05Z\n---\nText\n".utf8)
        let files = [
            InputFile(path: "config.yml", contents: Data(Self.config.utf8)),
            InputFile(path: "content/issues/a.md", contents: latin1),
        ]
        let result = try CStateImporter().convert(CStateImporter.Input(files: files, displayPrefix: "old/"))
        #expect(result.incidents.isEmpty)
        #expect(
            result.warnings.map(\.description).contains(
                "old/content/issues/a.md:2: warning: the file is not UTF-8 text (byte 0xE9 at column 11): convert it"
                    + " first (such as with iconv -f latin1 -t utf-8): skipped"))
    }

    static let goodIssue = """
        ---
        title: Fine
        date: 2025-01-02T03:04:05Z
        severity: notice
        affected: [Website]
        ---
        All good.
        """

    @Test("a pinned post without a severity is an open announcement: no impact, components operational")
    func announcement() throws {
        let result = try Self.convert(issues: [
            "2025-01-02-notice.md":
                "---\ntitle: New address\ndate: 2025-01-02T03:04:05Z\npin: true\naffected: [API]\n---\nWe moved.\n"
        ])
        #expect(
            result.incidents.map { String(decoding: $0.contents, as: UTF8.self) } == [
                """
                ---
                import_hash: f0b607de9c0ab671
                title: New address
                impact: none
                components:
                  api: operational
                ---

                ## 2025-01-02T03:04:05Z update
                We moved.

                """
            ])
        #expect(
            result.warnings.map(\.description) == [
                "config.yml: warning: baseURL '/' is not an absolute http(s) URL: statusgen.yml gets https://status.example.com/, to be replaced"
            ])
    }

    @Test("with a statusgen.yml, components are matched by name and the missing ones are listed to merge")
    func existingSite() throws {
        let existing = """
            title: Ours
            base_url: https://status.example.com/
            timezone: UTC
            components:
              - id: public-api
                name: API
            """
        let result = try Self.convert(
            issues: ["b.md": Self.goodIssue.replacingOccurrences(of: "[Website]", with: "[API, Website]")],
            existingConfig: existing)
        #expect(result.config == nil)
        #expect(result.componentsToMerge == "  - id: website\n    name: Website\n")
        let text = result.incidents.map { String(decoding: $0.contents, as: UTF8.self) }.first ?? ""
        #expect(text.contains("components:\n  public-api: degraded_performance\n  website: degraded_performance\n"))
        #expect(result.incidents.map(\.path) == ["incidents/2025-01-02-b.md"])
    }

    @Test("an issue whose incident file exists is left alone, with one warning")
    func existingIncident() throws {
        let result = try Self.convert(issues: ["b.md": Self.goodIssue], existing: ["2025-01-02-b": "mine"])
        #expect(result.incidents.isEmpty)
        #expect(
            result.warnings.map(\.description).contains(
                "content/issues/b.md: warning: incidents/2025-01-02-b.md exists: not overwritten (give --update to"
                    + " bring it up to date)"))
    }

    @Test("an open incident whose issue is gone from cState is named once the import runs again")
    func goneIssue() throws {
        let open = """
            ---
            title: GitHub notice
            date: 2025-01-02T03:04:05Z
            resolved: false
            resolvedWhen: ""
            severity: disrupted
            affected: [Website]
            ---
            GitHub is slow.
            """
        let first = try Self.convert(issues: ["github-notice.md": open, "b.md": Self.goodIssue])
        // An empty resolvedWhen is no value, as cState's own archetype writes it: nothing to warn about.
        #expect(!first.warnings.contains { $0.message.contains("resolvedWhen") })
        let written = Dictionary(
            uniqueKeysWithValues: first.incidents.map {
                (
                    String($0.path.dropFirst("incidents/".count).dropLast(3)),
                    String(decoding: $0.contents, as: UTF8.self)
                )
            })
        #expect(written.keys.sorted() == ["2025-01-02-b", "2025-01-02-github-notice"])

        // The bot deleted the issue once GitHub was back; the resolved one it left is no concern.
        let again = try Self.convert(issues: ["b.md": Self.goodIssue], existing: written, update: true)
        #expect(
            again.warnings.filter { $0.location.path.hasPrefix("incidents/") }.map(\.description) == [
                "incidents/2025-01-02-github-notice.md: warning: imported from a cState issue that is no longer there"
                    + " (deleted, or made a draft), and still open: resolve it (statusgen resolve"
                    + " 2025-01-02-github-notice) or delete the file"
            ])
        // An issue that is there but cannot be read may be the one that gave it: no warning then.
        let unreadable = try Self.convert(
            issues: ["b.md": Self.goodIssue, "github-notice.md": "---\ntitle: [broken\n---\n"], existing: written,
            update: true)
        #expect(!unreadable.warnings.contains { $0.message.contains("no longer there") })
    }

    @Test(
        "cState times are read leniently, with irregular ones flagged",
        arguments: [
            ("2018-06-13 15:54:00", "2018-06-13T15:54:00Z", true, false),
            ("2024-12-27T09:43:40.482Z", "2024-12-27T09:43:40.482Z", false, false),
            ("2025-04-24T7:30:00-00:00", "2025-04-24T07:30:00Z", false, true),
            ("2024-10-06 21:00:00Z", "2024-10-06T21:00:00Z", false, false),
            ("2024-10-06T21:00:00+0200", "2024-10-06T19:00:00Z", false, false),
            ("2024-10-06 21:00 UTC", "2024-10-06T21:00:00Z", false, true),
            ("2019-10-04", "2019-10-04T00:00:00Z", true, true),
        ])
    func times(text: String, expected: String, noZone: Bool, irregular: Bool) throws {
        let time = try #require(CStateTime.parse(text))
        #expect(RFC3339.string(milliseconds: MonitorResultRow.milliseconds(time.seconds)) == expected)
        #expect(time.hadNoZone == noZone)
        #expect(time.wasIrregular == irregular)
    }

    @Test("a site whose config is TOML is told so at that file; one with no config is asked whether it is cState")
    func tomlConfig() {
        let issue = InputFile(path: "content/issues/a.md", contents: Data("---\ntitle: A\n---\n".utf8))
        let toml = InputFile(path: "config.toml", contents: Data("title = \"S\"\n".utf8))
        func errors(_ files: [InputFile]) -> [String] {
            do {
                _ = try CStateImporter().convert(CStateImporter.Input(files: files, displayPrefix: "cs/"))
                return []
            } catch {
                return error.diagnostics.map(\.description)
            }
        }
        #expect(
            errors([toml, issue]) == [
                "cs/config.toml: only a YAML config (config.yml or hugo.yaml) can be read, not TOML: write"
                    + " this one as config.yml"
            ])
        #expect(errors([issue]) == ["cs/config.yml: no config.yml: is this a cState site?"])
    }

    @Test("text that would read as statusgen update headings is kept as text")
    func tidy() {
        #expect(
            CStateBody.tidy("---\n\nFirst\n## Section\nLine\n---\nMore\n\n---\n")
                == "First\n##### Section\nLine\n\n---\nMore")
    }
}
