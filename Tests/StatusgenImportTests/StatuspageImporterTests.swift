import Foundation
import StatusgenBuild
import StatusgenCore
import StatusgenModel
import Testing

@testable import StatusgenImport

@Suite("Statuspage import")
struct StatuspageImporterTests {
    /// An incident or maintenance as the comparison sees it: what a reader of the page sees, not file names.
    struct Seen: Equatable {
        var title: String
        var kind: IncidentKind
        var impact: Impact
        var components: [String]
        var window: String
        var updates: [String]
    }

    static func seen(_ incident: Incident, names: [String: String]) -> Seen {
        Seen(
            title: incident.title, kind: incident.kind, impact: incident.kind == .maintenance ? .none : incident.impact,
            components: incident.components.map { "\(names[$0.id] ?? $0.id): \($0.status.rawValue)" },
            window: incident.window.map { "\($0.starts) \($0.ends)" } ?? "",
            updates: incident.updates.map { update in
                let words = update.bodyText.split(whereSeparator: \.isWhitespace).joined(separator: " ")
                return "\(RFC3339.string(from: update.time)) \(update.status.rawValue) \(words)"
            })
    }

    /// The incidents of the site in `files`, parsed, in time order.
    static func incidents(_ files: [InputFile]) throws -> [Seen] {
        let config = try ConfigParser().parse(
            String(decoding: try #require(files.first { $0.path == SiteLayout.configPath }).contents, as: UTF8.self))
        let names = Dictionary(uniqueKeysWithValues: config.components.map { ($0.id, $0.name) })
        let parser = IncidentParser(componentIDs: config.components.map(\.id))
        return try files.filter { $0.path.hasPrefix("incidents/") }.map { file in
            try parser.parse(path: file.path, text: String(decoding: file.contents, as: UTF8.self))
        }.sorted { ($0.updates.first?.time ?? .distantPast) < ($1.updates.first?.time ?? .distantPast) }
            .map { seen($0, names: names) }
    }

    @Test("a site's own api/v2 output imported back gives the same incidents, updates and maintenances")
    func roundTrip() throws {
        let site = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../StatusgenBuildTests/Sites/small").standardizedFileURL
        let inputs = try SiteLoader(root: site, usesCache: false).load()
        let built = try #require(
            BuildPipeline().run(inputs, now: try TimestampParser.parse("2026-11-07T16:00:00Z")).outputs)
        let api = StatuspageImporter.fileNames.compactMap { name in
            built.first { $0.path == "api/v2/" + name }.map { InputFile(path: name, contents: $0.contents) }
        }
        #expect(api.count == 3)
        let result = try StatuspageImporter().convert(StatuspageImporter.Input(files: api))
        #expect(result.summary.sentence == "4 incidents: 4 written, 0 skipped")
        let imported =
            result.incidents.map { InputFile(path: $0.path, contents: $0.contents) }
            + [InputFile(path: SiteLayout.configPath, contents: try #require(result.config).contents)]
        let original = inputs.files.filter { $0.path.hasPrefix("incidents/") || $0.path == SiteLayout.configPath }
        #expect(try Self.incidents(imported) == Self.incidents(original))
    }

    @Test("two updates in the same second keep their time, in the order they were posted")
    func sameSecond() throws {
        let summary = """
            {"page": {"id": "p1", "name": "Example Cloud", "url": "https://status.example.com"},
             "components": [{"id": "c2", "name": "API", "group": false, "group_id": null, "position": 1}]}
            """
        // Statuspage lists an incident's updates newest first.
        let incidents = """
            {"incidents": [{"id": "i1", "name": "API errors", "status": "resolved", "impact": "minor",
              "created_at": "2026-03-01T10:00:00Z", "components": [{"id": "c2", "name": "API"}],
              "incident_updates": [
               {"status": "resolved", "body": "Fixed.", "created_at": "2026-03-01T10:30:00Z"},
               {"status": "monitoring", "body": "Second.", "created_at": "2026-03-01T10:05:00.900Z"},
               {"status": "identified", "body": "First.", "created_at": "2026-03-01T10:05:00.100Z"},
               {"status": "investigating", "body": "Looking.", "created_at": "2026-03-01T10:00:00Z"}]}]}
            """
        let result = try StatuspageImporter().convert(
            StatuspageImporter.Input(files: [
                InputFile(path: "summary.json", contents: Data(summary.utf8)),
                InputFile(path: "incidents.json", contents: Data(incidents.utf8)),
                InputFile(path: "scheduled-maintenances.json", contents: Data(#"{"scheduled_maintenances": []}"#.utf8)),
            ]))
        #expect(result.warnings.isEmpty)
        let files = try ([#require(result.config)] + result.incidents).map {
            InputFile(path: $0.path, contents: $0.contents)
        }
        let incident = try #require(Self.incidents(files).first)
        #expect(
            incident.updates == [
                "2026-03-01T10:00:00Z investigating Looking.", "2026-03-01T10:05:00Z identified First.",
                "2026-03-01T10:05:00Z monitoring Second.", "2026-03-01T10:30:00Z resolved Fixed.",
            ])
    }

    @Test("a Statuspage payload: its time zone, groups, component statuses, HTML in bodies, a maintenance window")
    func payload() throws {
        let summary = """
            {"page": {"id": "p1", "name": "Example Cloud", "url": "https://status.example.com",
                      "time_zone": "America/Los_Angeles"},
             "components": [
              {"id": "g1", "name": "Regions", "group": true, "group_id": null, "position": 1},
              {"id": "c1", "name": "EU West", "group": false, "group_id": "g1", "position": 2, "description": ""},
              {"id": "c2", "name": "API", "group": false, "group_id": null, "position": 3}]}
            """
        let incidents = """
            {"incidents": [{"id": "i1", "name": "API errors", "status": "resolved", "impact": "major",
              "created_at": "2026-03-01T10:00:00.123-05:00", "components": [{"id": "c2", "name": "API"}],
              "incident_updates": [
               {"status": "resolved", "body": "Fixed. See <a href=\\"https://example.com/pm\\">the report</a>.",
                "created_at": "2026-03-01T12:00:00-05:00", "display_at": "2026-03-01T12:00:00-05:00",
                "affected_components": [{"code": "c2", "name": "API", "old_status": "major_outage",
                                         "new_status": "operational"}]},
               {"status": "investigating", "body": "We see <strong>errors</strong>.<br>More soon &amp; later.",
                "created_at": "2026-03-01T10:00:00-05:00",
                "affected_components": [{"code": "c2", "name": "API", "old_status": "operational",
                                         "new_status": "major_outage"},
                                        {"code": "c1", "name": "EU West", "old_status": "operational",
                                         "new_status": "degraded_performance"}]}]}]}
            """
        let maintenances = """
            {"scheduled_maintenances": [{"id": "m1", "name": "Database upgrade", "status": "completed",
              "impact": "maintenance", "created_at": "2026-02-20T09:00:00Z",
              "scheduled_for": "2026-02-25T22:00:00Z", "scheduled_until": "2026-02-26T00:00:00Z",
              "components": [{"id": "c1", "name": "EU West"}],
              "incident_updates": [
               {"status": "scheduled", "body": "Planned.", "created_at": "2026-02-20T09:00:00Z"},
               {"status": "completed", "body": "Done.", "created_at": "2026-02-26T00:00:00Z"}]}]}
            """
        let result = try StatuspageImporter().convert(
            StatuspageImporter.Input(files: [
                InputFile(path: "summary.json", contents: Data(summary.utf8)),
                InputFile(path: "incidents.json", contents: Data(incidents.utf8)),
                InputFile(path: "scheduled-maintenances.json", contents: Data(maintenances.utf8)),
            ]))
        #expect(
            String(decoding: try #require(result.config).contents, as: UTF8.self) == """
                title: Example Cloud
                base_url: "https://status.example.com/"
                timezone: America/Los_Angeles
                components:
                  - id: eu-west
                    name: EU West
                    group: Regions
                  - id: api
                    name: API

                """)
        let texts = result.incidents.map { String(decoding: $0.contents, as: UTF8.self) }
        #expect(
            result.incidents.map(\.path) == [
                "incidents/2026-02-20-database-upgrade.md", "incidents/2026-03-01-api-errors.md",
            ])
        #expect(
            texts.last?.hasSuffix(
                """
                title: API errors
                impact: major
                components:
                  api: major_outage
                  eu-west: degraded_performance
                ---

                ## 2026-03-01T15:00:00Z investigating
                We see **errors**.\\
                More soon & later.

                ## 2026-03-01T17:00:00Z resolved
                Fixed. See [the report](https://example.com/pm).

                """) == true)
        #expect(
            texts.first?.contains("kind: maintenance\nstarts: 2026-02-25T22:00:00Z\nends: 2026-02-26T00:00:00Z\n")
                == true)
        #expect(texts.first?.contains("eu-west: under_maintenance") == true)

        let again = try StatuspageImporter().convert(
            StatuspageImporter.Input(
                files: [InputFile(path: "incidents.json", contents: Data(incidents.utf8))],
                existingConfig: String(decoding: try #require(result.config).contents, as: UTF8.self),
                existingIncidents: ["2026-03-01-api-errors": texts.last ?? ""]))
        #expect(again.incidents.isEmpty)
        #expect(again.summary.sentence == "1 incident: 0 written, 1 skipped")
    }

    @Test("incidents.json alone gives a statusgen.yml that builds: its page, and the components its incidents name")
    func incidentsAlone() throws {
        let incidents = """
            {"page": {"id": "p1", "name": "X Cloud", "url": "https://status.x.example"},
             "incidents": [{"id": "i1", "name": "API errors", "status": "resolved", "impact": "minor",
              "created_at": "2026-03-01T10:00:00Z",
              "components": [{"id": "c2", "name": "API"}, {"id": "c1", "name": "Web"}],
              "incident_updates": [
               {"status": "resolved", "body": "Fixed.", "created_at": "2026-03-01T11:00:00Z"},
               {"status": "investigating", "body": "Errors.", "created_at": "2026-03-01T10:00:00Z"}]}]}
            """
        let result = try StatuspageImporter().convert(
            StatuspageImporter.Input(files: [InputFile(path: "incidents.json", contents: Data(incidents.utf8))]))
        let config = try #require(result.config)
        let text = String(decoding: config.contents, as: UTF8.self)
        #expect(text.hasPrefix("title: X Cloud\nbase_url: \"https://status.x.example/\"\n"))
        #expect(try ConfigParser().parse(text).components.map(\.name) == ["API", "Web"])
        let files = ([config] + result.incidents).map { InputFile(path: $0.path, contents: $0.contents) }
        let build = BuildPipeline().run(files, now: try TimestampParser.parse("2026-03-02T00:00:00Z"))
        #expect(!build.diagnostics.hasErrors, "\(build.diagnostics)")
        #expect(try Self.incidents(files).first?.components.count == 2)
    }

    @Test("each update keeps the statuses it changed: a component that recovered before the end, one named later")
    func changesOfUpdates() throws {
        let incidents = """
            {"incidents": [{"id": "i1", "name": "API service issues", "status": "resolved", "impact": "minor",
              "created_at": "2026-03-01T19:30:00Z", "components": [{"id": "c1", "name": "API"}],
              "incident_updates": [
               {"status": "resolved", "body": "Closed.", "created_at": "2026-03-02T07:45:00Z",
                "affected_components": [{"code": "c1", "name": "API", "old_status": "operational",
                                         "new_status": "operational"},
                                        {"code": "c2", "name": "Web", "old_status": "partial_outage",
                                         "new_status": "operational"}]},
               {"status": "monitoring", "body": "Recovered.", "created_at": "2026-03-01T21:35:00Z",
                "affected_components": [{"code": "c1", "name": "API", "old_status": "degraded_performance",
                                         "new_status": "operational"},
                                        {"code": "c2", "name": "Web", "old_status": "operational",
                                         "new_status": "partial_outage"}]},
               {"status": "investigating", "body": "Slow.", "created_at": "2026-03-01T19:30:00Z",
                "affected_components": [{"code": "c1", "name": "API", "old_status": "operational",
                                         "new_status": "degraded_performance"}]}]}]}
            """
        let result = try StatuspageImporter().convert(
            StatuspageImporter.Input(files: [InputFile(path: "incidents.json", contents: Data(incidents.utf8))]))
        let text = String(decoding: try #require(result.incidents.first).contents, as: UTF8.self)
        #expect(text.contains("components:\n  api: degraded_performance\n  web: operational\n"), "\(text)")
        #expect(text.contains("\n## 2026-03-01T19:30:00Z investigating\n"))
        #expect(text.contains("\n## 2026-03-01T21:35:00Z monitoring (api=operational, web=partial_outage)\n"))
        #expect(text.contains("\n## 2026-03-02T07:45:00Z resolved\n"))
        let incident = try IncidentParser(componentIDs: ["api", "web"]).parse(path: "incidents/x.md", text: text)
        #expect(
            incident.worstComponents(from: incident.updates[0].time, to: incident.updates.last?.time).map(\.status) == [
                .degradedPerformance, .partialOutage,
            ])
    }

    @Test("a first update's statuses: operational starts so, recovered keeps the outage; maintenance keeps its own")
    func operationalAtFirstAndMaintenance() throws {
        let incidents = """
            {"incidents": [{"id": "i1", "name": "Slow API", "status": "resolved", "impact": "critical",
              "created_at": "2026-03-01T10:00:00Z", "components": [{"id": "c1", "name": "API"}],
              "incident_updates": [
               {"status": "resolved", "body": "Fixed.", "created_at": "2026-03-01T12:00:00Z"},
               {"status": "identified", "body": "Slow.", "created_at": "2026-03-01T11:00:00Z",
                "affected_components": [{"code": "c1", "name": "API", "old_status": "operational",
                                         "new_status": "degraded_performance"}]},
               {"status": "investigating", "body": "Looking.", "created_at": "2026-03-01T10:00:00Z",
                "affected_components": [{"code": "c1", "name": "API", "old_status": "operational",
                                         "new_status": "operational"}]}]},
              {"id": "i2", "name": "Backfilled outage", "status": "resolved", "impact": "critical",
               "created_at": "2026-03-02T10:00:00Z", "components": [{"id": "c1", "name": "API"}],
               "incident_updates": [
                {"status": "resolved", "body": "It was down; it is back.", "created_at": "2026-03-02T10:00:00Z",
                 "affected_components": [{"code": "c1", "name": "API", "old_status": "major_outage",
                                          "new_status": "operational"}]}]}]}
            """
        let maintenances = """
            {"scheduled_maintenances": [{"id": "m1", "name": "Upgrade", "status": "scheduled",
              "impact": "maintenance", "created_at": "2026-02-20T09:00:00Z",
              "scheduled_for": "2026-03-25T22:00:00Z", "scheduled_until": "2026-03-26T00:00:00Z",
              "components": [{"id": "c1", "name": "API"}],
              "incident_updates": [
               {"status": "scheduled", "body": "Planned.", "created_at": "2026-02-20T09:00:00Z",
                "affected_components": [{"code": "c1", "name": "API", "old_status": "operational",
                                         "new_status": "operational"}]}]}]}
            """
        let result = try StatuspageImporter().convert(
            StatuspageImporter.Input(files: [
                InputFile(path: "incidents.json", contents: Data(incidents.utf8)),
                InputFile(path: "scheduled-maintenances.json", contents: Data(maintenances.utf8)),
            ]))
        let texts = result.incidents.map { String(decoding: $0.contents, as: UTF8.self) }
        let slow = try #require(texts.first { $0.contains("Slow API") })
        #expect(slow.contains("components:\n  api: operational\n"), "\(slow)")
        #expect(slow.contains("\n## 2026-03-01T11:00:00Z identified (api=degraded_performance)\n"))
        // An incident posted after the fact, whose one update tells of the recovery, keeps the outage.
        let backfilled = try #require(texts.first { $0.contains("Backfilled outage") })
        #expect(backfilled.contains("components:\n  api: major_outage\n"), "\(backfilled)")
        let upgrade = try #require(texts.first { $0.contains("Upgrade") })
        #expect(upgrade.contains("components:\n  api: under_maintenance\n") && !upgrade.contains("(api="), "\(upgrade)")
    }

    @Test("incidents.json alone: a component only an update names is a component too")
    func componentsOfUpdates() throws {
        let incidents = """
            {"incidents": [{"id": "i1", "name": "Outage", "status": "resolved", "impact": "major",
              "created_at": "2026-03-01T10:00:00Z", "components": [],
              "incident_updates": [
               {"status": "resolved", "body": "Fixed.", "created_at": "2026-03-01T11:00:00Z",
                "affected_components": [{"code": "c1", "name": "API", "new_status": "operational"}]},
               {"status": "investigating", "body": "Down.", "created_at": "2026-03-01T10:00:00Z",
                "affected_components": [{"code": "c1", "name": "API", "new_status": "major_outage"}]}]}]}
            """
        let result = try StatuspageImporter().convert(
            StatuspageImporter.Input(files: [InputFile(path: "incidents.json", contents: Data(incidents.utf8))]))
        let config = String(decoding: try #require(result.config).contents, as: UTF8.self)
        #expect(try ConfigParser().parse(config).components.map(\.name) == ["API"])
        let text = String(decoding: try #require(result.incidents.first).contents, as: UTF8.self)
        #expect(text.contains("components:\n  api: major_outage\n"))
        #expect(result.warnings.isEmpty)
    }

    @Test(
        "summary.json: its open incident (its fuller copy) and maintenance are imported; a component gone is kept as text"
    )
    func summaryAlone() throws {
        let summary = """
            {"page": {"id": "p1", "name": "X Cloud", "url": "https://status.x.example"},
             "components": [{"id": "c1", "name": "API", "position": 1}],
             "incidents": [{"id": "i1", "name": "API errors", "status": "identified", "impact": "major",
              "created_at": "2026-03-01T10:00:00Z", "components": [{"id": "c1", "name": "API"}],
              "incident_updates": [
               {"status": "identified", "body": "A bad push.", "created_at": "2026-03-01T10:30:00Z",
                "affected_components": [{"code": "c9", "name": "Legacy Search", "new_status": "major_outage"}]},
               {"status": "investigating", "body": "Errors.", "created_at": "2026-03-01T10:00:00Z"}]}],
             "scheduled_maintenances": [{"id": "m1", "name": "Queue move", "status": "scheduled", "impact": "none",
              "created_at": "2026-02-20T09:00:00Z", "scheduled_for": "2026-03-05T22:00:00Z",
              "scheduled_until": "2026-03-06T00:00:00Z", "components": [{"id": "c1", "name": "API"}],
              "incident_updates": [
               {"status": "scheduled", "body": "We move the queue.", "created_at": "2026-02-20T09:00:00Z"}]}]}
            """
        // incidents.json saved a moment before, when the incident had one update.
        let earlier = """
            {"incidents": [{"id": "i1", "name": "API errors", "status": "investigating", "impact": "major",
              "created_at": "2026-03-01T10:00:00Z", "components": [{"id": "c1", "name": "API"}],
              "incident_updates": [
               {"status": "investigating", "body": "Errors.", "created_at": "2026-03-01T10:00:00Z"}]}]}
            """
        let result = try StatuspageImporter().convert(
            StatuspageImporter.Input(files: [
                InputFile(path: "incidents.json", contents: Data(earlier.utf8)),
                InputFile(path: "summary.json", contents: Data(summary.utf8)),
            ]))
        #expect(result.summary.sentence == "2 incidents: 2 written, 0 skipped")
        let texts = result.incidents.map { String(decoding: $0.contents, as: UTF8.self) }
        #expect(
            result.incidents.map(\.path) == [
                "incidents/2026-02-20-queue-move.md", "incidents/2026-03-01-api-errors.md",
            ])
        #expect(texts.first?.contains("kind: maintenance\nstarts: 2026-03-05T22:00:00Z\n") == true)
        #expect(texts.last?.contains("components:\n  api: partial_outage\naffected_text:\n  - Legacy Search\n") == true)
        // The summary's copy, which has the later update.
        #expect(texts.last?.contains("identified\nA bad push.") == true)
        #expect(
            result.warnings.map(\.description) == [
                "summary.json: warning: incident i1 names components the page does not list (deleted since?):"
                    + " Legacy Search; kept in incidents/2026-03-01-api-errors.md as affected_text"
            ])
        let files = ([try #require(result.config)] + result.incidents).map {
            InputFile(path: $0.path, contents: $0.contents)
        }
        let build = BuildPipeline().run(files, now: try TimestampParser.parse("2026-03-02T00:00:00Z"))
        #expect(!build.diagnostics.hasErrors, "\(build.diagnostics)")
    }

    @Test("a site with no component at all is written as an empty list, which builds")
    func noComponents() throws {
        let incidents = """
            {"incidents": [{"id": "i1", "name": "Slow", "status": "resolved", "impact": "minor",
              "created_at": "2026-03-01T10:00:00Z",
              "incident_updates": [{"status": "resolved", "body": "Fine.", "created_at": "2026-03-01T10:00:00Z"}]}]}
            """
        let result = try StatuspageImporter().convert(
            StatuspageImporter.Input(files: [InputFile(path: "incidents.json", contents: Data(incidents.utf8))]))
        let config = try #require(result.config)
        #expect(String(decoding: config.contents, as: UTF8.self).hasSuffix("timezone: UTC\ncomponents: []\n"))
        let files = ([config] + result.incidents).map { InputFile(path: $0.path, contents: $0.contents) }
        let build = BuildPipeline().run(files, now: try TimestampParser.parse("2026-03-02T00:00:00Z"))
        #expect(!build.diagnostics.hasErrors, "\(build.diagnostics)")
    }

    @Test("text that reads as Markdown stays as written, and paragraphs and list items stay apart")
    func literalText() throws {
        let body =
            "Step list:\n## Next steps\n* not a list?\n&lt;script&gt;alert(1)&lt;/script&gt; and a_b_c, _x_\n"
            + "1) a < b & c &amp;copy; `code` [x] ~y~\n<p>Para one</p><p>Para <code>two</code></p>"
            + "<ul><li>a</li><li>b</li></ul>"
        let markdown = CStateBody.tidy(StatuspageText.markdown(body))
        let html = try MarkdownRenderer.renderWithPlainText(markdown).html
        #expect(
            html == "<p>Step list:<br />\n## Next steps<br />\n* not a list?<br />\n"
                + "&lt;script&gt;alert(1)&lt;/script&gt; and a_b_c, _x_<br />\n"
                + "1) a &lt; b &amp; c &amp;copy; `code` [x] ~y~</p>\n<p>Para one</p>\n"
                + "<p>Para two</p>\n<p>a</p>\n<p>b</p>\n", "\(markdown)")
    }
}
