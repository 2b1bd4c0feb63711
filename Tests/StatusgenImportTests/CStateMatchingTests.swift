import Foundation
import StatusgenCore
import StatusgenModel
import Testing

@testable import StatusgenImport

@Suite("cState affected names, maps, ids and re-imports")
struct CStateMatchingTests {
    static let config = """
        title: Status
        baseURL: https://status.example.org/
        params:
          systems:
            - name: archives.example.org
            - name: compute-lon1
            - name: private.vpn.example.org
            - name: Media Proxy
        """

    static func convert(
        _ issues: [String: String], map: ComponentMap = ComponentMap(), existing: [String: String] = [:],
        update: Bool = false
    ) throws(DiagnosticList) -> CStateImporter.Result {
        try convertCState(config: config, issues: issues, existing: existing, map: map, update: update)
    }

    static func issue(_ affected: String, body: String = "Text") -> String {
        "---\ntitle: A\ndate: 2026-02-09T10:00:00Z\nseverity: down\naffected: [\(affected)]\n---\n\(body)\n"
    }

    @Test(
        "an affected name is a component only when it is a system's name, case and punctuation aside",
        arguments: [
            ("media proxy", "components:\n  media-proxy: major_outage\n"),
            ("MEDIA-PROXY", "components:\n  media-proxy: major_outage\n"),
            ("accounts.example.org", "affected_text:\n  - accounts.example.org\n"),
            ("Compute/LON2", "affected_text:\n  - Compute/LON2\n"),
            ("vpn.example.org", "affected_text:\n  - vpn.example.org\n"),
            ("Media Proxxy", "affected_text:\n  - Media Proxxy\n"),
        ])
    func matching(name: String, expected: String) throws {
        let result = try Self.convert(["a.md": Self.issue(name)])
        let text = String(decoding: try #require(result.incidents.first).contents, as: UTF8.self)
        #expect(text.contains(expected))
        #expect(!result.warnings.contains { $0.message.contains("read as system") })
    }

    @Test("names kept as text are listed once with their counts, and make a starting map")
    func unmatchedList() throws {
        let result = try Self.convert([
            "a.md": Self.issue("vpn.example.org, Compute/LON2"), "b.md": Self.issue("vpn.example.org"),
        ])
        #expect(result.unmatchedNames.map { "\($0.name) \($0.count)" } == ["vpn.example.org 2", "Compute/LON2 1"])
        #expect(
            ComponentMap.starting(result.unmatchedNames).hasSuffix(
                "vpn.example.org: \"\"  # 2 issues\nCompute/LON2: \"\"  # 1 issue\n"))
    }

    @Test("the operator's map places names; an empty entry keeps the text; an unknown id is an error at its line")
    func map() throws {
        let map = try ComponentMap(
            path: "map.yml", text: "vpn.example.org: private-vpn-example-org\nCompute/LON2: \"\"\n")
        let result = try Self.convert(["a.md": Self.issue("VPN.example.org, Compute/LON2")], map: map)
        let text = String(decoding: try #require(result.incidents.first).contents, as: UTF8.self)
        #expect(
            text.contains("components:\n  private-vpn-example-org: major_outage\naffected_text:\n  - Compute/LON2\n"))
        let wrong = try ComponentMap(path: "map.yml", text: "# names\nvpn.example.org: private-vpn\n")
        #expect(
            diagnostics { () throws(DiagnosticList) in try Self.convert(["a.md": Self.issue("x")], map: wrong) } == [
                "map.yml:2: 'private-vpn' is not a component id"
            ])
    }

    @Test(
        "ids start with the date once",
        arguments: [
            ("FRA1_Maintenance_2026-02-09.md", "incidents/2026-02-09-fra1-maintenance.md"),
            ("2026-02-09-outage.md", "incidents/2026-02-09-outage.md"),
            ("outage.md", "incidents/2026-02-09-outage.md"),
        ])
    func ids(file: String, expected: String) throws {
        #expect(try Self.convert([file: Self.issue("x")]).incidents.map(\.path) == [expected])
    }

    @Test("--update rewrites an unedited imported file whose issue changed, and never an edited one")
    func sync() throws {
        let open = Self.issue("Media Proxy")
        let first = try Self.convert(["a.md": open])
        let written = String(decoding: try #require(first.incidents.first).contents, as: UTF8.self)
        #expect(written.hasPrefix("---\nimport_hash: "))
        let resolved = open.replacingOccurrences(
            of: "severity: down", with: "severity: down\nresolved: true\nresolvedWhen: 2026-02-09T11:00:00Z")

        let again = try Self.convert(["a.md": resolved], existing: ["2026-02-09-a": written], update: true)
        #expect(again.replacements.map(\.path) == ["incidents/2026-02-09-a.md"])
        #expect(String(decoding: again.replacements[0].contents, as: UTF8.self).contains("11:00:00Z resolved"))
        #expect(again.summary.sentence == "1 issue: 1 written (1 of them updated), 0 skipped")

        let edited = written + "\nA note of ours.\n"
        let kept = try Self.convert(["a.md": resolved], existing: ["2026-02-09-a": edited], update: true)
        #expect(kept.replacements.isEmpty && kept.incidents.isEmpty)
        #expect(
            kept.warnings.map(\.description).contains(
                "content/issues/a.md: warning: incidents/2026-02-09-a.md was edited since it was imported: not"
                    + " overwritten, though the issue changed"))

        let same = try Self.convert(["a.md": open], existing: ["2026-02-09-a": written], update: true)
        #expect(same.summary.sentence == "1 issue: 0 written, 1 unchanged, 0 skipped")
    }

    @Test("a post that names maintenance and its window becomes a maintenance; without an end it stays an incident")
    func maintenance() throws {
        let planned = """
            ---
            title: Planned maintenance in LON1
            date: 2026-02-09T22:00:00Z
            resolved: true
            resolvedWhen: 2026-02-10T01:00:00Z
            severity: notice
            affected: [compute-lon1]
            ---
            We will upgrade the storage; we do not expect any impact.
            """
        let result = try Self.convert([
            "a.md": planned, "b.md": planned.replacingOccurrences(of: "resolved: true", with: "resolved: false"),
        ])
        let texts = result.incidents.map { String(decoding: $0.contents, as: UTF8.self) }
        #expect(
            texts.first?.hasSuffix(
                """
                title: Planned maintenance in LON1
                kind: maintenance
                starts: 2026-02-09T22:00:00Z
                ends: 2026-02-10T01:00:00Z
                components:
                  compute-lon1: under_maintenance
                ---

                ## 2026-02-09T22:00:00Z in_progress
                We will upgrade the storage; we do not expect any impact.

                ## 2026-02-10T01:00:00Z completed

                """) == true)
        #expect(texts.last?.contains("impact: minor") == true)
        #expect(
            result.warnings.map(\.description).contains(
                "content/issues/b.md:3: warning: maintenance by its title, but without a resolved end its window is"
                    + " not known: stays an incident"))
    }

    @Test("a resolvedWhen before the start shows its value and takes the body's last time")
    func resolutionBeforeStart() throws {
        let issue = """
            ---
            title: A
            date: 2026-02-09T10:00:00Z
            resolved: true
            resolvedWhen: 2026-02-09T07:30:00Z
            severity: down
            ---
            2026-02-09 10:00 UTC - Down.

            2026-02-09 12:30 UTC - Resolved: up again.
            """
        let result = try Self.convert(["a.md": issue])
        #expect(
            result.warnings.map(\.description).contains(
                "content/issues/a.md:5: warning: resolvedWhen 2026-02-09T07:30:00Z is before the issue's date"
                    + " (2026-02-09T10:00:00Z): resolved at the body's last time, 2026-02-09T12:30:00Z"))
        let text = String(decoding: try #require(result.incidents.first).contents, as: UTF8.self)
        #expect(text.hasSuffix("## 2026-02-09T12:30:00Z resolved\nup again.\n"))

        // Without a later time in the body, the newest update is the resolution, said once.
        let untimed = try Self.convert([
            "a.md": issue.replacingOccurrences(of: "2026-02-09 12:30 UTC - Resolved: up again.", with: "Still looking.")
        ])
        let messages = untimed.warnings.map(\.description)
        #expect(
            messages.contains(
                "content/issues/a.md:5: warning: resolvedWhen 2026-02-09T07:30:00Z is before the issue's date"
                    + " (2026-02-09T10:00:00Z): resolved at its newest update"), "\(messages)")
        #expect(!messages.contains { $0.contains("resolved without resolvedWhen") }, "\(messages)")
    }

    @Test("every old address gets a redirect: nginx map, _redirects and a stub page under static/")
    func redirects() throws {
        let result = try Self.convert(["FRA1_Maintenance_2026-02-09.md": Self.issue("Media Proxy, vpn.example.org")])
        let files = Dictionary(uniqueKeysWithValues: result.siteFiles.map { ($0.path, $0) })
        let netlify = String(decoding: try #require(files["static/_redirects"]).contents, as: UTF8.self)
        #expect(
            netlify.hasSuffix(
                """
                /index.xml /feed.rss 301
                /issues/ /history/index.html 301
                /issues/index.xml /feed.rss 301
                /affected/ /index.html 301
                /issues/fra1_maintenance_2026-02-09/ /incidents/2026-02-09-fra1-maintenance.html 301
                /issues/fra1_maintenance_2026-02-09/index.json /api/v2/incidents.json 301
                /affected/media-proxy/ /components/media-proxy.html 301
                /affected/media-proxy/index.xml /components/media-proxy.rss 301
                /affected/vpn.example.org/ /index.html 301
                /affected/vpn.example.org/index.xml /feed.rss 301

                """))
        let nginx = String(decoding: try #require(files["redirects/cstate-nginx-map.conf"]).contents, as: UTF8.self)
        #expect(nginx.contains("\n\"/affected/media-proxy/\" \"/components/media-proxy.html\";\n"))
        let stub = String(
            decoding: try #require(files["static/issues/fra1_maintenance_2026-02-09/index.html"]).contents,
            as: UTF8.self)
        #expect(
            stub.contains(
                "<meta http-equiv=\"refresh\" content=\"0; url=../../incidents/2026-02-09-fra1-maintenance.html\">"))
        // The two lists, and stubs for the issue, its two affected pages, and the issue and affected indexes.
        #expect(result.siteFiles.count == 2 + 5)
    }

    @Test("an issue's address follows Hugo: slug, url, aliases, and characters Hugo leaves out of a path")
    func hugoAddresses() throws {
        let slugged =
            "---\ntitle: A\ndate: 2026-02-09T10:00:00Z\nslug: Xy7Q\naliases:\n  - /incidents/Xy7Q\n  - old-name\n---\nText\n"
        let result = try Self.convert([
            "2026-02-09_10:00:00_incident.md": slugged,
            "2026-02-10_09:30:00 Disk full.md": "---\ntitle: B\ndate: 2026-02-10T09:30:00Z\n---\nText\n",
            "moved.md": "---\ntitle: C\ndate: 2026-02-11T09:30:00Z\nurl: /outages/c/\n---\nText\n",
        ])
        let netlify = String(
            decoding: try #require(result.siteFiles.first { $0.path == "static/_redirects" }).contents, as: UTF8.self)
        for line in [
            "/issues/xy7q/ /incidents/2026-02-09-10-00-00-incident.html 301",
            "/issues/xy7q/index.json /api/v2/incidents.json 301",
            "/incidents/Xy7Q/ /incidents/2026-02-09-10-00-00-incident.html 301",
            "/issues/old-name/ /incidents/2026-02-09-10-00-00-incident.html 301",
            "/issues/2026-02-10_093000-disk-full/ /incidents/2026-02-10-09-30-00-disk-full.html 301",
            "/outages/c/ /incidents/2026-02-11-moved.html 301",
        ] {
            #expect(netlify.contains("\n" + line + "\n"), "\(line)")
        }
        #expect(!netlify.contains("10:00:00"))
        #expect(result.warnings.allSatisfy { !$0.message.contains("aliases") })
        let stub = try #require(result.siteFiles.first { $0.path == "static/incidents/Xy7Q/index.html" })
        #expect(
            String(decoding: stub.contents, as: UTF8.self).contains(
                "url=../../incidents/2026-02-09-10-00-00-incident.html\""))
    }

    @Test("a post whose text announces a window to come is a maintenance in that window, posted as scheduled")
    func announcedWindow() throws {
        let post = """
            ---
            title: Reboot of the archive server
            date: 2026-02-09T11:33:00Z
            resolved: true
            resolvedWhen: 2026-02-10T00:00:00Z
            severity: notice
            affected: [archives.example.org]
            ---
            The server will be rebooted between 22:00 and 23:59 BST on Mon 9th Feb 2026. It gets a new kernel.

            **Update: 22:27** - This work has now been completed.
            """
        let outage = post.replacingOccurrences(of: "severity: notice", with: "severity: down")
        let past = post.replacingOccurrences(of: "will be rebooted", with: "was down")
        let tonight = """
            ---
            title: Reboot of the archive server
            date: 2026-02-11T09:40:00Z
            resolved: true
            resolvedWhen: 2026-02-12T00:00:00Z
            affected: [archives.example.org]
            ---
            It will be rebooted between the hours of [21:00 and 22:00 UTC](https://example.org/t). Mail is queued \
            and delivered when services are restored.
            """
        let zoneless = post.replacingOccurrences(of: "23:59 BST on", with: "23:59 on")
        let result = try Self.convert(["a.md": post, "b.md": outage, "c.md": past, "d.md": tonight, "e.md": zoneless])
        let texts = result.incidents.map { String(decoding: $0.contents, as: UTF8.self) }
        #expect(
            texts.first?.contains(
                """
                kind: maintenance
                starts: 2026-02-09T21:00:00Z
                ends: 2026-02-09T22:59:00Z
                components:
                  archives-example-org: under_maintenance
                ---

                ## 2026-02-09T11:33:00Z scheduled
                """) == true)
        #expect(
            texts.first?.hasSuffix("## 2026-02-09T22:27:00Z completed\nThis work has now been completed.\n") == true)
        // An outage that names a window, and a window told of in the past, stay incidents.
        #expect(texts.count == 5)
        #expect(texts.dropFirst().prefix(2).allSatisfy { !$0.contains("kind: maintenance") })
        // A window without its day is on the post's; "when services are restored" is a plan, not the resolution.
        #expect(texts[3].contains("starts: 2026-02-11T21:00:00Z\nends: 2026-02-11T22:00:00Z\n"))
        #expect(texts[3].contains("## 2026-02-11T09:40:00Z scheduled\nIt will be rebooted"))
        #expect(texts[3].hasSuffix("## 2026-02-12T00:00:00Z completed\n"))
        // Times written alone tell of the work on the window's day, not the day of the post.
        let later = post.replacingOccurrences(of: "Mon 9th Feb", with: "Thu 12th Feb")
        let dated = try Self.convert(["a.md": later]).incidents.map { String(decoding: $0.contents, as: UTF8.self) }
        #expect(dated.first?.contains("## 2026-02-12T22:27:00Z completed\n") == true)
        // A window without a zone is in UTC, on the day it names.
        #expect(texts[4].contains("starts: 2026-02-09T22:00:00Z\nends: 2026-02-09T23:59:00Z\n"))
    }

    @Test("the site description is plain text for meta and feeds, and Markdown in the footer, where cState shows it")
    func footer() throws {
        let config = """
            title: Status
            baseURL: https://status.example.org/
            params:
              description: |
                We watch **every** service.
                Questions? [Write to us](https://example.org/contact).
              systems:
                - name: API
            """
        let result = try convertCState(config: config, issues: [:])
        let yaml = String(decoding: try #require(result.config).contents, as: UTF8.self)
        let site = try ConfigParser().parse(yaml)
        #expect(site.description == "We watch every service. Questions? Write to us.")
        #expect(
            site.footerHTML
                == "<p>We watch <strong>every</strong> service.\nQuestions? <a href=\"https://example.org/contact\">Write"
                + " to us</a>.</p>\n")
    }
}
