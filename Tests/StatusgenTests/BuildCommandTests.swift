import Foundation
import StatusgenTestSupport
import Testing

@Suite("statusgen build, run as a command")
struct BuildCommandTests {
    static let now = "2026-11-07T16:00:00Z"

    /// A scratch site built once, and its output as built.
    static func builtSite() throws -> (ScratchSite, [String: (Data, UInt64)]) {
        let scratch = try ScratchSite()
        let first = try StatusgenProcess.run(["build", "--source", scratch.root.path, "--now", now])
        #expect(first.status == 0, "\(first.stderr)")
        return (scratch, try scratch.snapshot(of: scratch.site))
    }

    /// Expects the output of `scratch` to hold the files of `before`, each with the same bytes and inode.
    static func expectUntouched(
        _ scratch: ScratchSite, since before: [String: (Data, UInt64)],
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let after = try scratch.snapshot(of: scratch.site)
        #expect(after.keys.sorted() == before.keys.sorted(), sourceLocation: sourceLocation)
        for (path, file) in before {
            #expect(after[path]?.0 == file.0, "\(path) changed", sourceLocation: sourceLocation)
            #expect(after[path]?.1 == file.1, "\(path) was rewritten", sourceLocation: sourceLocation)
        }
    }

    @Test("A broken incident file stops the build with path:line and leaves the old site untouched")
    func brokenFileLeavesSiteUntouched() throws {
        let (scratch, before) = try Self.builtSite()

        try scratch.write(
            """
            ---
            title: Broken
            impact: minor
            ---
            ## 2026-11-07T15:00:00Z investigatin
            Typo in the status word.

            """, to: "incidents/2026-11-07-broken.md")
        try scratch.write("title: [unclosed\n", to: "statusgen.yml.bak")
        let second = try StatusgenProcess.run(["build", "--source", scratch.root.path, "--now", Self.now])

        #expect(second.status == 1)
        #expect(second.stdout == "")
        #expect(
            second.stderr
                == "incidents/2026-11-07-broken.md:5: unknown status 'investigatin' for an incident: expected one of "
                + "investigating, identified, monitoring, resolved, update (did you mean 'investigating'?)\n")
        try Self.expectUntouched(scratch, since: before)
    }

    @Test("Every error in every file is reported, sorted by path and line")
    func allErrorsSorted() throws {
        let scratch = try ScratchSite()
        try scratch.write(
            """
            ---
            title: Two problems
            impact: huge
            components:
              websit: major_outage
            ---
            ## yesterday investigating
            """, to: "incidents/2026-11-06-two.md")
        try scratch.write(
            "timestamp,monitor,status\n2026-11-07T15:00:00Z,web-east,sideways\n", to: "monitors/extra.csv")
        let result = try StatusgenProcess.run(["build", "--source", scratch.root.path, "--now", Self.now])
        #expect(result.status == 1)
        #expect(
            result.stderr.split(separator: "\n").map(String.init) == [
                "incidents/2026-11-06-two.md:3: 'impact': unknown value 'huge': expected one of none, minor, major, critical",
                "incidents/2026-11-06-two.md:5: unknown component 'websit' (did you mean 'website'?)",
                "incidents/2026-11-06-two.md:7: '## yesterday investigating': 'yesterday' is not a timestamp: use RFC 3339 "
                    + "such as 2026-11-24T10:52:00Z, or 2026-11-24 10:52 Europe/London (use ### for other headings inside an update)",
                "monitors/extra.csv:2: unknown value 'sideways': expected one of up, degraded, down",
            ])
        #expect(!FileManager.default.fileExists(atPath: scratch.site.path))
    }

    @Test("Two builds at the same moment give identical bytes under any TZ and LANG")
    func deterministic() throws {
        let scratch = try ScratchSite()
        let a = scratch.root.appendingPathComponent("out-a")
        let b = scratch.root.appendingPathComponent("out-b")
        let first = try StatusgenProcess.run(
            ["build", "--source", scratch.root.path, "--output", a.path, "--now", Self.now],
            environment: ["TZ": "UTC", "LANG": "C"])
        let second = try StatusgenProcess.run(
            ["build", "--source", scratch.root.path, "--output", b.path],
            environment: [
                "TZ": "Pacific/Auckland", "LANG": "de_DE.UTF-8", "LC_ALL": "de_DE.UTF-8",
                "SOURCE_DATE_EPOCH": "1794067200",
            ])
        #expect(first.status == 0 && second.status == 0, "\(first.stderr)\(second.stderr)")
        let left = try scratch.snapshot(of: a)
        let right = try scratch.snapshot(of: b)
        #expect(left.count > 5)
        #expect(left.keys.sorted() == right.keys.sorted())
        for (path, file) in left { #expect(right[path]?.0 == file.0, "\(path) differs") }
    }

    @Test("A rebuild rewrites only the files whose bytes changed and removes stale ones")
    func rebuildRewritesOnlyChanges() throws {
        let scratch = try ScratchSite()
        _ = try StatusgenProcess.run(["build", "--source", scratch.root.path, "--now", Self.now])
        let before = try scratch.snapshot(of: scratch.site)
        try FileManager.default.removeItem(
            at: scratch.root.appendingPathComponent("incidents/2026-11-10-database-upgrade.md"))
        let result = try StatusgenProcess.run(["build", "--source", scratch.root.path, "--now", Self.now])
        #expect(result.status == 0, "\(result.stderr)")
        let after = try scratch.snapshot(of: scratch.site)

        #expect(before["incidents/2026-11-10-database-upgrade.html"] != nil)
        #expect(after["incidents/2026-11-10-database-upgrade.html"] == nil)
        #expect(after["style.css"]?.1 == before["style.css"]?.1, "an unchanged file was rewritten")
        #expect(
            after["incidents/2026-11-05-checkout-errors.html"]?.1
                == before["incidents/2026-11-05-checkout-errors.html"]?.1)
        #expect(after["index.html"]?.0 != before["index.html"]?.0)
        let changed = after.filter { before[$0.key]?.1 != $0.value.1 }.keys.sorted()
        // Only the files that showed the maintenance: the status page, the feeds, the pages and feeds of
        // the components it named, the month it was planned in, the sitemap that listed its page, the
        // calendar, and the API files that list it or the times of its components.
        #expect(
            changed == [
                "api/v2/components.json", "api/v2/incidents.json", "api/v2/scheduled-maintenances.json",
                "api/v2/scheduled-maintenances/upcoming.json", "api/v2/summary.json", "components/checkout.atom",
                "components/checkout.html", "components/checkout.rss", "components/support.atom",
                "components/support.html", "components/support.rss", "feed.atom", "feed.rss", "history/2026-11.html",
                "index.html", "maintenance.ics", "sitemap.xml",
            ])
        #expect(result.stdout.contains("(17 changed, 1 removed)"))
        // The page of a deleted incident may be linked from mails and chats: the build that removes it says so.
        #expect(
            result.stderr
                == "incidents/2026-11-10-database-upgrade.md: warning: the file is gone, and so is its page"
                + " incidents/2026-11-10-database-upgrade.html, which feeds, mails and chats may have linked to:"
                + " restore the file, or redirect the page's address\n")
        let again = try StatusgenProcess.run(["build", "--source", scratch.root.path, "--now", Self.now])
        #expect(again.status == 0 && again.stderr == "")
    }

    @Test("A rebuild stages its site in the one before the last, mending whatever it finds there")
    func rebuildFromSpare() throws {
        let scratch = try ScratchSite()
        let manager = FileManager.default
        let incident = scratch.root.appendingPathComponent("incidents/2026-11-10-database-upgrade.md")
        let text = try Data(contentsOf: incident)
        let build = { () throws in
            let result = try StatusgenProcess.run(["build", "--source", scratch.root.path, "--now", Self.now])
            #expect(result.status == 0, "\(result.stderr)")
        }
        try build()
        try manager.removeItem(at: incident)
        try build()
        // The first site, kept beside the output, sharing the files that did not change.
        let spare = scratch.root.appendingPathComponent(".site.spare")
        let kept = try scratch.snapshot(of: spare)
        #expect(kept["incidents/2026-11-10-database-upgrade.html"] != nil)
        let live = try scratch.snapshot(of: scratch.site)
        #expect(kept["style.css"]?.1 == live["style.css"]?.1)
        // Damaged: a file the site does not have, a folder where a file goes, and a file where a folder goes.
        try scratch.write("<p>stale</p>\n", to: ".site.spare/junk.html")
        try manager.removeItem(at: spare.appendingPathComponent("feed.atom"))
        try manager.createDirectory(at: spare.appendingPathComponent("feed.atom"), withIntermediateDirectories: false)
        try scratch.write("inside\n", to: ".site.spare/feed.atom/entry.xml")
        try manager.removeItem(at: spare.appendingPathComponent("components"))
        try scratch.write("a file\n", to: ".site.spare/components")
        // And a folder with a mode that a clean build would not give it.
        #expect(chmod(spare.appendingPathComponent("incidents").path, 0o700) == 0)

        try text.write(to: incident)
        try build()
        let reference = scratch.root.appendingPathComponent("reference")
        let clean = try StatusgenProcess.run(
            ["build", "--source", scratch.root.path, "--output", reference.path, "--now", Self.now])
        #expect(clean.status == 0, "\(clean.stderr)")
        let built = try scratch.snapshot(of: scratch.site)
        let expected = try scratch.snapshot(of: reference)
        #expect(built.keys.sorted() == expected.keys.sorted())
        for (path, file) in expected { #expect(built[path]?.0 == file.0, "\(path) differs") }
        #expect(built["style.css"]?.1 == live["style.css"]?.1, "an unchanged file was rewritten")
        let mode = { (folder: URL) in try manager.attributesOfItem(atPath: folder.path)[.posixPermissions] as? Int }
        #expect(
            try mode(scratch.site.appendingPathComponent("incidents"))
                == mode(reference.appendingPathComponent("incidents")))
        // The site before is the spare now, whole.
        let next = try scratch.snapshot(of: spare)
        #expect(next.keys.sorted() == live.keys.sorted())
        for (path, file) in live { #expect(next[path]?.0 == file.0, "\(path) of the spare differs") }

        // A link in the spare to a folder outside is never written through: the spare is not used.
        let outside = scratch.root.appendingPathComponent("outside")
        try manager.createDirectory(at: outside, withIntermediateDirectories: false)
        try manager.removeItem(at: spare.appendingPathComponent("incidents"))
        try manager.createSymbolicLink(at: spare.appendingPathComponent("incidents"), withDestinationURL: outside)
        try manager.removeItem(at: incident)
        try build()
        #expect(try manager.contentsOfDirectory(atPath: outside.path) == [])
        let type = try manager.attributesOfItem(atPath: scratch.site.appendingPathComponent("incidents").path)[.type]
        #expect(type as? FileAttributeType == .typeDirectory)
        #expect(try scratch.snapshot(of: scratch.site).keys.sorted() == live.keys.sorted())
    }

    @Test("Builds into one folder at the same time each swap in a whole site")
    func concurrentBuilds() throws {
        let scratch = try ScratchSite()
        let reference = scratch.root.appendingPathComponent("reference")
        _ = try StatusgenProcess.run(
            ["build", "--source", scratch.root.path, "--output", reference.path, "--now", Self.now])
        let results = try [Int](0..<4).map { _ in
            try StatusgenProcess.start(["build", "--source", scratch.root.path, "--now", Self.now])
        }.map { $0.wait() }
        #expect(results.map(\.status) == [0, 0, 0, 0], "\(results.map(\.stderr))")
        let built = try scratch.snapshot(of: scratch.site)
        let expected = try scratch.snapshot(of: reference)
        #expect(built.keys.sorted() == expected.keys.sorted())
        for (path, file) in expected { #expect(built[path]?.0 == file.0, "\(path) differs") }
        // Only the site before, kept for the next build to stage in.
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: scratch.root.path).filter {
            $0.hasPrefix(".site.")
        }
        #expect(leftovers == [".site.spare"])
    }

    @Test("A copied binary still has its built-in templates")
    func copiedBinaryWorks() throws {
        let scratch = try ScratchSite()
        let copy = scratch.root.appendingPathComponent("bin/statusgen")
        try FileManager.default.createDirectory(at: copy.deletingLastPathComponent(), withIntermediateDirectories: true)
        // Copied by cp, not by this process: a write handle held here would be inherited by the
        // processes other tests start meanwhile, and running the copy would then fail with ETXTBSY.
        let cp = Process()
        cp.executableURL = URL(fileURLWithPath: "/bin/cp")
        cp.arguments = [StatusgenProcess.executable.path, copy.path]
        try cp.run()
        cp.waitUntilExit()
        try #require(cp.terminationStatus == 0)
        let result = try StatusgenProcess.run(
            ["build", "--source", scratch.root.path, "--now", Self.now], executable: copy)
        #expect(result.status == 0, "\(result.stderr)")
        let repositoryTemplates = TestSites.folder.deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("templates")
        let css = try Data(contentsOf: scratch.site.appendingPathComponent("style.css"))
        #expect(css == (try Data(contentsOf: repositoryTemplates.appendingPathComponent("style.css"))))
        #expect(
            try String(contentsOf: scratch.site.appendingPathComponent("index.html"), encoding: .utf8).contains(
                "Acme Status"))
    }

    @Test("A site's own template replaces the built-in one")
    func siteTemplateOverrides() throws {
        let scratch = try ScratchSite()
        try FileManager.default.createDirectory(
            at: scratch.root.appendingPathComponent("templates"), withIntermediateDirectories: true)
        try scratch.write("<!DOCTYPE html>\n<title>{{title}}</title>\n", to: "templates/404.mustache")
        try scratch.write("body { color: teal; }\n", to: "templates/style.css")
        let result = try StatusgenProcess.run(["build", "--source", scratch.root.path, "--now", Self.now])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            try String(contentsOf: scratch.site.appendingPathComponent("style.css"), encoding: .utf8)
                == "body { color: teal; }\n")
        #expect(
            try String(contentsOf: scratch.site.appendingPathComponent("404.html"), encoding: .utf8).hasPrefix(
                "<!DOCTYPE html>\n<title>"))
    }

    @Test("Editor backups and hidden files in templates/ are neither read nor published")
    func backupsIgnored() throws {
        let scratch = try ScratchSite()
        try FileManager.default.createDirectory(
            at: scratch.root.appendingPathComponent("templates"), withIntermediateDirectories: true)
        for name in ["404.mustache~", "#404.mustache#", ".404.mustache.swp", "notes.bak", ".DS_Store"] {
            try scratch.write("{{#broken}}\n", to: "templates/\(name)")
        }
        let result = try StatusgenProcess.run(["build", "--source", scratch.root.path, "--now", Self.now])
        #expect(result.status == 0, "\(result.stderr)")
        let published = FileTree.filePaths(in: scratch.site)
        let rendered = [".html", ".rss", ".atom", ".xml", ".txt", ".csv", ".json", ".svg", ".ics"]
        #expect(
            published.filter { path in !rendered.contains { path.hasSuffix($0) } } == [
                ".statusgen-site", "embed.js", "style.css",
            ])
    }

    @Test("The output folder is never one that holds the site's sources")
    func refusesToReplaceSources() throws {
        let scratch = try ScratchSite()
        let result = try StatusgenProcess.run(
            ["build", "--source", scratch.root.path, "--output", scratch.root.path, "--now", Self.now])
        #expect(result.status == 1)
        #expect(result.stderr == "error: the output folder \(scratch.root.path) contains the site's sources\n")
        #expect(FileManager.default.fileExists(atPath: scratch.root.appendingPathComponent("statusgen.yml").path))
    }

    @Test("An output folder that statusgen did not build is never replaced", arguments: ["docs", "notes.txt"])
    func refusesForeignOutput(name: String) throws {
        let scratch = try ScratchSite()
        let output = scratch.root.appendingPathComponent(name)
        if name.hasSuffix(".txt") {
            try scratch.write("my notes\n", to: name)
        } else {
            try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
            try scratch.write("thesis\n", to: "\(name)/thesis.txt")
        }
        let result = try StatusgenProcess.run(
            ["build", "--source", scratch.root.path, "--output", output.path, "--now", Self.now])
        #expect(result.status == 1)
        let expected =
            name.hasSuffix(".txt")
            ? "error: the output \(output.path) is a file, not a folder\n"
            : "error: refusing to replace \(output.path): it holds files that statusgen did not build (a built site "
                + "has a .statusgen-site file); empty it or choose another output folder\n"
        #expect(result.stderr == expected)
        let kept = name.hasSuffix(".txt") ? output : output.appendingPathComponent("thesis.txt")
        #expect(try String(contentsOf: kept, encoding: .utf8).hasSuffix("\n"))
    }

    @Test("The output is never inside the site's input folders")
    func refusesOutputInsideInputs() throws {
        let scratch = try ScratchSite()
        let output = scratch.root.appendingPathComponent("incidents/site")
        let result = try StatusgenProcess.run(
            ["build", "--source", scratch.root.path, "--output", output.path, "--now", Self.now])
        #expect(result.status == 1)
        #expect(result.stderr == "error: the output folder \(output.path) is inside the site's incidents/ folder\n")
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }

    @Test("An output that is a link to the web root keeps its link, and the site is built where it points")
    func symbolicLinkOutput() throws {
        let scratch = try ScratchSite()
        let webRoot = scratch.root.appendingPathComponent("www/status")
        let link = scratch.root.appendingPathComponent("site-link")
        try FileManager.default.createDirectory(at: webRoot, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: webRoot)
        let result = try StatusgenProcess.run(
            ["build", "--source", scratch.root.path, "--output", link.path, "--now", Self.now])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == webRoot.path)
        #expect(FileManager.default.fileExists(atPath: webRoot.appendingPathComponent("index.html").path))
    }

    @Test("A source folder that does not exist is named in the error")
    func missingSource() throws {
        let result = try StatusgenProcess.run(["build", "--source", "/nonexistent/site", "--now", Self.now])
        #expect(result.status == 1)
        #expect(result.stderr == "error: /nonexistent/site: no such folder\n")
    }

    @Test("An input folder that cannot be read stops the build, rather than publishing a site without it")
    func unreadableFolder() throws {
        let scratch = try ScratchSite()
        _ = try StatusgenProcess.run(["build", "--source", scratch.root.path, "--now", Self.now])
        let before = try scratch.snapshot(of: scratch.site)
        let incidents = scratch.root.appendingPathComponent("incidents")
        try FileManager.default.removeItem(at: incidents)
        try scratch.write("not a folder\n", to: "incidents")
        let result = try StatusgenProcess.run(["build", "--source", scratch.root.path, "--now", Self.now])
        #expect(result.status == 1)
        #expect(result.stderr == "error: incidents/: cannot read the folder: Not a directory\n")
        #expect(try scratch.snapshot(of: scratch.site).keys.sorted() == before.keys.sorted())
    }

    @Test("A --now that is not a time is an error")
    func badNow() throws {
        let scratch = try ScratchSite()
        let result = try StatusgenProcess.run(["build", "--source", scratch.root.path, "--now", "tomorrow"])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("error: --now: 'tomorrow' is not a timestamp"))
    }

    @Test("A named pipe among the monitor files is an error, not a build that waits forever")
    func namedPipe() throws {
        let scratch = try ScratchSite()
        #expect(mkfifo(scratch.root.appendingPathComponent("monitors/pipe.csv").path, 0o600) == 0)
        let running = try StatusgenProcess.start(["build", "--source", scratch.root.path, "--now", Self.now])
        let deadline = Date().addingTimeInterval(30)
        while running.process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        if running.process.isRunning { running.process.terminate() }
        let result = running.wait()
        #expect(result.status == 1)
        #expect(result.stderr == "error: monitors/pipe.csv: not a regular file\n")
        #expect(!FileManager.default.fileExists(atPath: scratch.site.path))
    }

    @Test("A symbolic link to a missing incident file is an error, not an incident gone from the site")
    func danglingLink() throws {
        let scratch = try ScratchSite()
        let link = scratch.root.appendingPathComponent("incidents/2026-11-08-moved.md")
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: "../elsewhere/moved.md")
        let result = try StatusgenProcess.run(["build", "--source", scratch.root.path, "--now", Self.now])
        #expect(result.status == 1)
        #expect(
            result.stderr == "error: incidents/2026-11-08-moved.md: a symbolic link to a file that does not exist\n")
    }

    @Test("An incident file larger than the limit is refused before it is read, and the old site stays")
    func oversizedIncident() throws {
        let (scratch, before) = try Self.builtSite()
        let body = String(repeating: "Mail is delayed.\n", count: 70_000)
        try scratch.write(
            "---\ntitle: Big\nimpact: minor\n---\n## 2026-11-07T15:00:00Z investigating\n" + body,
            to: "incidents/2026-11-07-big.md")
        let result = try StatusgenProcess.run(["build", "--source", scratch.root.path, "--now", Self.now])
        #expect(result.status == 1)
        #expect(
            result.stderr
                == "error: incidents/2026-11-07-big.md: the file is 1.2 MB; incident files are limited to 1 MB\n")
        try Self.expectUntouched(scratch, since: before)
    }

    @Test("subscribe.html links to where readers ask for email updates, in each language")
    func emailSignupLink() throws {
        let scratch = try ScratchSite()
        let config = try String(contentsOf: scratch.root.appendingPathComponent("statusgen.yml"), encoding: .utf8)
        let channels = """
            notify:
              customers:
                kind: email
                smtp: smtp.example.com:587
                from: status@example.com
                unsubscribe: mailto:status-unsubscribe@example.com
                subscribe: mailto:status-subscribe@example.com?subject=Subscribe&body=a<b

            """
        try scratch.write(config + "locales: [en, de]\n" + channels, to: "statusgen.yml")
        let result = try StatusgenProcess.run(["build", "--source", scratch.root.path, "--now", Self.now])
        #expect(result.status == 0, "\(result.stderr)")
        let page = { (path: String) in
            try String(contentsOf: scratch.site.appendingPathComponent(path), encoding: .utf8)
        }
        let link =
            "<dd><a href=\"mailto:status-subscribe@example.com?subject=Subscribe&amp;body=a&lt;b\">"
            + "status-subscribe@example.com</a></dd>"
        #expect(try page("subscribe.html").contains("<dt>Every update, by email in your inbox</dt>\n" + link))
        #expect(
            try page("de/subscribe.html").contains("<dt>Jede Meldung per E-Mail in Ihrem Posteingang</dt>\n" + link))

        try scratch.write(
            config
                + channels.replacingOccurrences(
                    of: "mailto:status-subscribe@example.com?subject=Subscribe&body=a<b",
                    with: "https://example.com/join"),
            to: "statusgen.yml")
        #expect(try StatusgenProcess.run(["build", "--source", scratch.root.path, "--now", Self.now]).status == 0)
        #expect(
            try page("subscribe.html").contains(
                "<dd><a href=\"https://example.com/join\">Sign up for email updates</a></dd>"))
    }

    @Test("A language's pages and feeds carry the site's own words in it; the default language's and the API do not")
    func siteWordsTranslated() throws {
        let scratch = try ScratchSite()
        let config = try String(contentsOf: scratch.root.appendingPathComponent("statusgen.yml"), encoding: .utf8)
        let translations = """
            locales: [en, de]
            translations:
              de:
                title: Acme-Status
                groups:
                  Public: Öffentlich
                components:
                  website:
                    name: Webseite

            """
        try scratch.write(config + translations, to: "statusgen.yml")
        let result = try StatusgenProcess.run(["build", "--source", scratch.root.path, "--now", Self.now])
        #expect(result.status == 0, "\(result.stderr)")
        let file = { (path: String) in
            try String(contentsOf: scratch.site.appendingPathComponent(path), encoding: .utf8)
        }
        let german = try file("de/index.html")
        #expect(german.contains("<h3>Öffentlich</h3>"))
        #expect(german.contains("<a class=\"component-name\" href=\"components/website.html\">Webseite</a>"))
        #expect(try file("de/feed.rss").contains("<title>Acme-Status</title>"))
        #expect(try file("de/components/website.html").contains("<h1>Webseite</h1>"))
        let english = try file("index.html")
        #expect(english.contains("<h3>Public</h3>") && !english.contains("Webseite"))
        #expect(try !file("api/v2/summary.json").contains("Webseite"))
    }

    @Test("A file the system cannot write is named in the error, and the old site stays")
    func unwritableFileNamed() throws {
        let (scratch, before) = try Self.builtSite()
        // A component id is not limited: 250 characters and ".html" pass the file system's 255.
        let id = String(repeating: "a", count: 252)
        let config = try String(contentsOf: scratch.root.appendingPathComponent("statusgen.yml"), encoding: .utf8)
        try scratch.write(
            config.replacingOccurrences(of: "components:\n", with: "components:\n  - id: \(id)\n    name: Long\n"),
            to: "statusgen.yml")
        let result = try StatusgenProcess.run(["build", "--source", scratch.root.path, "--now", Self.now])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("error: cannot write \(scratch.site.path)/"), "\(result.stderr)")
        #expect(result.stderr.contains("/\(id)."), "\(result.stderr)")
        try Self.expectUntouched(scratch, since: before)
    }

    @Test("A symbolic link in templates/ to a file outside the site is an error, and the file is not published")
    func linkOutsideSite() throws {
        let (scratch, before) = try Self.builtSite()
        try FileManager.default.createDirectory(
            at: scratch.root.appendingPathComponent("templates"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(
            atPath: scratch.root.appendingPathComponent("templates/env.txt").path,
            withDestinationPath: "/proc/self/environ")
        let result = try StatusgenProcess.run(["build", "--source", scratch.root.path, "--now", Self.now])
        #expect(result.status == 1)
        #expect(result.stdout == "")
        #expect(
            result.stderr
                == "error: templates/env.txt: a symbolic link to a file outside the site (/proc/self/environ);"
                + " copy the file into the site instead\n")
        try Self.expectUntouched(scratch, since: before)
    }

    @Test("A monitor file linked from outside the site is an error naming the link")
    func monitorLinkOutsideSite() throws {
        let scratch = try ScratchSite()
        let outside = FileManager.default.temporaryDirectory.appendingPathComponent("outside-\(UUID().uuidString).csv")
        try Data("timestamp,status\n".utf8).write(to: outside)
        defer { try? FileManager.default.removeItem(at: outside) }
        try FileManager.default.createSymbolicLink(
            atPath: scratch.root.appendingPathComponent("monitors/api.csv").path, withDestinationPath: outside.path)
        let result = try StatusgenProcess.run(["build", "--source", scratch.root.path, "--now", Self.now])
        #expect(result.status == 1)
        #expect(
            result.stderr
                == "error: monitors/api.csv: a symbolic link to a file outside the site (\(outside.path));"
                + " copy the file into the site instead\n")
    }

    @Test("A symbolic link to a file inside the site is read like the file")
    func linkInsideSite() throws {
        let scratch = try ScratchSite()
        try FileManager.default.createDirectory(
            at: scratch.root.appendingPathComponent("shared"), withIntermediateDirectories: true)
        try scratch.write("inside\n", to: "shared/note.txt")
        try FileManager.default.createDirectory(
            at: scratch.root.appendingPathComponent("templates"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(
            atPath: scratch.root.appendingPathComponent("templates/note.txt").path,
            withDestinationPath: "../shared/note.txt")
        let result = try StatusgenProcess.run(["build", "--source", scratch.root.path, "--now", Self.now])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try String(contentsOf: scratch.site.appendingPathComponent("note.txt"), encoding: .utf8) == "inside\n")
    }

    @Test("Staging folders that a killed build left beside the output are removed by the next build")
    func staleStagingFolders() throws {
        let scratch = try ScratchSite()
        let manager = FileManager.default
        let stale = [".site.building-\(UUID().uuidString)", ".site.old-\(UUID().uuidString)"]
        for name in stale {
            try manager.createDirectory(
                at: scratch.root.appendingPathComponent("\(name)/incidents"), withIntermediateDirectories: true)
            try scratch.write("marker\n", to: "\(name)/.statusgen-site")
            try scratch.write("<p>half</p>\n", to: "\(name)/index.html")
        }
        // Without the marker, or locked by a build still writing it: kept.
        let unmarked = ".site.building-\(UUID().uuidString)"
        try manager.createDirectory(
            at: scratch.root.appendingPathComponent(unmarked), withIntermediateDirectories: true)
        try scratch.write("mine\n", to: "\(unmarked)/notes.txt")
        let busy = ".site.building-\(UUID().uuidString)"
        try manager.createDirectory(at: scratch.root.appendingPathComponent(busy), withIntermediateDirectories: true)
        try scratch.write("marker\n", to: "\(busy)/.statusgen-site")
        let lock = open(scratch.root.appendingPathComponent(busy).path, O_RDONLY | O_DIRECTORY)
        #expect(flock(lock, LOCK_EX) == 0)
        defer { close(lock) }

        let result = try StatusgenProcess.run(["build", "--source", scratch.root.path, "--now", Self.now])
        #expect(result.status == 0, "\(result.stderr)")
        let names = try manager.contentsOfDirectory(atPath: scratch.root.path)
        for name in stale { #expect(!names.contains(name)) }
        #expect(names.contains(unmarked))
        #expect(names.contains(busy))
        #expect(names.filter { $0.hasPrefix(".site.") }.sorted() == [busy, unmarked].sorted())
        // A second build keeps the site it replaced as the spare, which the clean-up leaves alone.
        #expect(try StatusgenProcess.run(["build", "--source", scratch.root.path, "--now", Self.now]).status == 0)
        #expect(
            try StatusgenProcess.run(["build", "--source", scratch.root.path, "--now", "2026-11-07T16:05:00Z"]).status
                == 0)
        let after = try manager.contentsOfDirectory(atPath: scratch.root.path).filter { $0.hasPrefix(".site.") }
        #expect(after.sorted() == [busy, ".site.spare", unmarked].sorted())
    }
}
