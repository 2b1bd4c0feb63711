import Foundation
import Testing

@Suite("statusgen update and resolve, run as commands")
struct UpdateCommandTests {
    static let path = "incidents/2026-11-07-website-slow.md"

    /// A scratch site holding the hand-written file (with `lineEnd` line ends, and no final line end if asked).
    func site(lineEnd: String = "\n", finalLineEnd: Bool = true) throws -> ScratchSite {
        let scratch = try ScratchSite()
        var text = try AuthoringFiles.golden("handwritten.md").replacingOccurrences(of: "\n", with: lineEnd)
        if !finalLineEnd { text.removeLast(lineEnd.count) }
        try scratch.write(text, to: Self.path)
        return scratch
    }

    func updateAndResolve(_ scratch: ScratchSite) throws -> [StatusgenProcess.Output] {
        [
            try StatusgenProcess.run([
                "update", "2026-11-07-website-slow", "--status", "identified", "--component", "website=major_outage",
                "--component", "support=partial_outage", "-m", "A full disk on the web servers.",
                "--now", "2026-11-07T15:30:00Z", "--source", scratch.root.path,
            ]),
            try StatusgenProcess.run([
                "resolve", "incidents/2026-11-07-website-slow.md", "-m", "Disk space freed; pages are fast again.",
                "--now", "2026-11-07T15:50:00Z", "--source", scratch.root.path,
            ]),
        ]
    }

    @Test("update and resolve append their updates to a hand-written file and change none of its lines")
    func keepsEveryOtherByte() throws {
        let scratch = try site()
        let results = try updateAndResolve(scratch)
        #expect(results.map(\.status) == [0, 0])
        #expect(results.map(\.stderr) == ["", ""])
        #expect(results.map(\.stdout) == ["Updated \(Self.path): identified\n", "Updated \(Self.path): resolved\n"])
        #expect(try AuthoringFiles.text(scratch, Self.path) == AuthoringFiles.golden("handwritten-updated.md"))
    }

    @Test("A file with CRLF line ends and no final line end keeps them; the new lines use CRLF too")
    func crlf() throws {
        let scratch = try site(lineEnd: "\r\n", finalLineEnd: false)
        _ = try updateAndResolve(scratch)
        let expected = try AuthoringFiles.golden("handwritten-updated.md").replacingOccurrences(of: "\n", with: "\r\n")
        #expect(try Data(contentsOf: scratch.root.appendingPathComponent(Self.path)) == Data(expected.utf8))
    }

    @Test("In git diff, an update is added lines alone: a component it names for the first time, and its section")
    func cleanDiff() throws {
        let scratch = try site()
        let before = try AuthoringFiles.text(scratch, Self.path)
        _ = try updateAndResolve(scratch)
        let diff = try AuthoringFiles.gitDiff(from: before, to: try AuthoringFiles.text(scratch, Self.path))
        #expect(diff.removed == [])
        #expect(
            diff.added == [
                "    support: operational",
                "",
                "## 2026-11-07T15:30:00Z identified (website=major_outage, support=partial_outage)",
                "A full disk on the web servers.",
                "",
                "## 2026-11-07T15:50:00Z resolved",
                "Disk space freed; pages are fast again.",
            ])
    }

    @Test("The file keeps its permissions and no temporary file is left behind")
    func permissions() throws {
        let scratch = try site()
        let url = scratch.root.appendingPathComponent(Self.path)
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: url.path)
        _ = try updateAndResolve(scratch)
        let mode = try FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as? NSNumber
        #expect(mode?.intValue == 0o640)
        #expect(try AuthoringFiles.incidentNames(scratch).filter { $0.hasPrefix(".") } == [])
    }

    @Test("A temporary file that a killed update left in incidents/ is removed by the next; a fresh one stays")
    func staleTemporaryFiles() throws {
        let scratch = try site()
        let stale = "incidents/.2026-11-07-website-slow.md.\(UUID().uuidString).tmp"
        let fresh = "incidents/.2026-11-07-website-slow.md.\(UUID().uuidString).tmp"
        let other = "incidents/.notes.tmp"
        for path in [stale, fresh, other] { try scratch.write("half", to: path) }
        let hourAgo = Date().addingTimeInterval(-3600)
        for path in [stale, other] {
            try FileManager.default.setAttributes(
                [.modificationDate: hourAgo], ofItemAtPath: scratch.root.appendingPathComponent(path).path)
        }
        let result = try StatusgenProcess.run([
            "update", "2026-11-07-website-slow", "--status", "update", "-m", "Still looking.",
            "--now", "2026-11-07T15:30:00Z",
            "--source", scratch.root.path,
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let names = try FileManager.default.contentsOfDirectory(
            atPath: scratch.root.appendingPathComponent("incidents").path)
        #expect(!names.contains(String(stale.dropFirst("incidents/".count))))
        #expect(names.contains(String(fresh.dropFirst("incidents/".count))))
        #expect(names.contains(".notes.tmp"))
    }

    @Test("new and then update in the same second both succeed, in file order, each with its own address")
    func newThenUpdateAtOnce() throws {
        let scratch = try ScratchSite()
        let now = "2026-11-07T16:00:00Z"
        let created = try StatusgenProcess.run([
            "new", "Checkout errors again", "--impact", "minor", "-m", "Looking.", "--now", now,
            "--source", scratch.root.path,
        ])
        #expect(created.status == 0, "\(created.stderr)")
        let updated = try StatusgenProcess.run([
            "update", "2026-11-07-checkout-errors-again", "--status", "identified", "-m", "Found it.", "--now", now,
            "--source", scratch.root.path,
        ])
        #expect(updated.status == 0, "\(updated.stderr)")
        let text = try AuthoringFiles.text(scratch, "incidents/2026-11-07-checkout-errors-again.md")
        #expect(text.contains("## 2026-11-07T16:00:00Z investigating\n"))
        #expect(text.contains("## 2026-11-07T16:00:00Z identified\nFound it.\n"))
        let built = try StatusgenProcess.run(["build", "--source", scratch.root.path, "--now", now])
        #expect(built.status == 0, "\(built.stderr)")
        let page = try AuthoringFiles.text(scratch, "site/incidents/2026-11-07-checkout-errors-again.html")
        let first = try #require(page.range(of: "id=\"update-20261107T160000Z\""))
        let second = try #require(page.range(of: "id=\"update-20261107T160000Z-2\""))
        // Newest first on the page: the identified update, written second, is above.
        #expect(second.lowerBound < first.lowerBound)
    }

    @Test("An incident file that is a symbolic link stays one; the file it points to gets the update")
    func symbolicLink() throws {
        let scratch = try site()
        let link = scratch.root.appendingPathComponent(Self.path)
        let target = scratch.root.appendingPathComponent("shared/website-slow.md")
        try FileManager.default.createDirectory(
            at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.moveItem(at: link, to: target)
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: "../shared/website-slow.md")
        #expect(try updateAndResolve(scratch).map(\.status) == [0, 0])
        #expect(
            try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == "../shared/website-slow.md")
        #expect(
            try String(contentsOf: target, encoding: .utf8) == AuthoringFiles.golden("handwritten-updated.md"))
    }

    @Test("An incident file that is a link to nothing is named as such, not suggested as itself")
    func danglingLink() throws {
        let scratch = try site()
        let link = scratch.root.appendingPathComponent(Self.path)
        try FileManager.default.removeItem(at: link)
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: "../shared/gone.md")
        let id = link.deletingPathExtension().lastPathComponent
        let result = try StatusgenProcess.run(
            ["update", id, "--status", "identified", "-m", "x", "--source", scratch.root.path])
        #expect(result.status == 1)
        #expect(
            result.stderr
                == "error: incidents/\(id).md: cannot read the file: it is a link to a file that does not exist\n")
    }

    @Test("A byte order mark at the start of the file is kept")
    func byteOrderMark() throws {
        let scratch = try ScratchSite()
        let text = try AuthoringFiles.golden("handwritten.md")
        let url = scratch.root.appendingPathComponent(Self.path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data([0xEF, 0xBB, 0xBF] + Array(text.utf8)).write(to: url)
        #expect(try updateAndResolve(scratch).map(\.status) == [0, 0])
        let expected = try AuthoringFiles.golden("handwritten-updated.md")
        #expect(try Data(contentsOf: url) == Data([0xEF, 0xBB, 0xBF] + Array(expected.utf8)))
    }

    @Test(
        "Refused updates leave the file untouched, with an exact message and exit code 1",
        arguments: [
            (
                ["update", "2026-11-07-website-slow", "--status", "completed", "-m", "x"],
                "error: --status: 'completed' is not a status for an incident: expected one of investigating,"
                    + " identified, monitoring, resolved, update"
            ),
            (
                ["update", "2026-11-10-database-upgrade", "--status", "resolved", "-m", "x"],
                "error: --status: 'resolved' is not a status for a maintenance: expected one of scheduled,"
                    + " in_progress, verifying, completed, cancelled, update"
            ),
            (
                [
                    "update", "2026-11-07-website-slow", "--status", "identified", "--component",
                    "webiste=major_outage",
                    "-m", "x",
                ],
                "error: --component webiste=major_outage: unknown component 'webiste' (did you mean 'website'?);"
                    + " statusgen.yml lists website, checkout, support"
            ),
            (
                [
                    "update", "2026-11-07-website-slow", "--status", "identified", "-m", "x", "--now",
                    "2026-11-07T15:09:59Z",
                ],
                "incidents/2026-11-07-website-slow.md:13: not written: the new update's time 2026-11-07T15:09:59Z is"
                    + " before the newest update's (2026-11-07T15:10:00Z)"
            ),
            (
                ["update", "2026-11-07-website-slow", "--status", "identified", "-m", "Cause\n---\nA disk."],
                "incidents/2026-11-07-website-slow.md: not written: line 1 of the message ('Cause') would start another"
                    + " section of the file: followed by '---' it is a heading in Markdown; put a blank line before '---'"
                    + " for a horizontal rule"
            ),
            (
                ["update", "../incidents/2026-11-07-website-slow", "--status", "identified", "-m", "x"],
                "error: no incident '../incidents/2026-11-07-website-slow' in incidents/: give its id, the file name"
                    + " without .md"
            ),
            (
                ["update", "2026-11-07-website-slo", "--status", "identified", "-m", "x"],
                "error: no incident '2026-11-07-website-slo' in incidents/ (did you mean '2026-11-07-website-slow'?)"
            ),
            (
                ["update", "website-slow", "--status", "identified", "-m", "x"],
                "error: no incident 'website-slow' in incidents/ (did you mean '2026-11-07-website-slow'? an id starts"
                    + " with its date)"
            ),
            (
                ["update", "2026-11-07-website-slow", "--status", "identified"],
                "error: the message is empty: say what customers should know"
            ),
            (
                [
                    "update", "2026-11-07-website-slow", "--status", "identified", "--component",
                    "support=major_outage",
                    "--component", "support=partial_outage", "-m", "x",
                ],
                "error: --component support is given twice"
            ),
        ])
    func refusals(arguments: [String], expected: String) throws {
        let scratch = try site()
        let before = try scratch.snapshot(of: scratch.root.appendingPathComponent("incidents"))
        let now = arguments.contains("--now") ? [] : ["--now", "2026-11-07T15:30:00Z"]
        let result = try StatusgenProcess.run(arguments + now + ["--source", scratch.root.path])
        #expect(result.status == 1)
        #expect(result.stdout == "")
        #expect(result.stderr == expected + "\n")
        try AuthoringFiles.expectUntouched(scratch, Self.path, before: before)
        try AuthoringFiles.expectUntouched(scratch, "incidents/2026-11-10-database-upgrade.md", before: before)
    }

    @Test("Updates run at the same time are each written or refused; none is lost")
    func concurrentUpdates() throws {
        // A few rounds, since a lost update needs two commands to meet in a short window.
        for _ in 0..<4 { try concurrentRound() }
    }

    func concurrentRound() throws {
        let scratch = try site()
        let runs = try (10..<22).map { minute in
            try StatusgenProcess.start([
                "update", "2026-11-07-website-slow", "--status", "update", "-m", "Note \(minute).",
                "--now", "2026-11-07T16:\(minute):00Z", "--source", scratch.root.path,
            ])
        }.map { $0.wait() }
        let written = runs.filter { $0.status == 0 }.count
        #expect(written >= 1)
        let refused = runs.filter { $0.status != 0 }.map(\.stderr)
        #expect(
            refused.allSatisfy {
                $0 == "error: 2026-11-07-website-slow.md changed while it was being edited; run the command again\n"
                    || $0.contains("is before the newest update's")
            }, "\(refused)")
        let text = try AuthoringFiles.text(scratch, Self.path)
        #expect(text.components(separatedBy: "\n## 2026-11-07T16:").count - 1 == written)
    }

    @Test("A message with NUL bytes (UTF-16 text read as UTF-8) is refused, not written into the file")
    func controlCharacters() throws {
        let scratch = try site()
        let before = try scratch.snapshot(of: scratch.root.appendingPathComponent("incidents"))
        let result = try StatusgenProcess.run(
            [
                "update", "2026-11-07-website-slow", "--status", "identified", "--now", "2026-11-07T15:30:00Z",
                "--source", scratch.root.path,
            ], input: "D\u{0}i\u{0}s\u{0}k\u{0}\n\u{0}")
        #expect(result.status == 1)
        #expect(
            result.stderr
                == "error: standard input: the message holds control characters such as NUL: is it a text file?\n")
        try AuthoringFiles.expectUntouched(scratch, Self.path, before: before)
    }

    @Test("A resolved incident takes a new update only with --reopen, and only one that reopens it")
    func reopen() throws {
        let scratch = try site()
        _ = try updateAndResolve(scratch)
        let before = try scratch.snapshot(of: scratch.root.appendingPathComponent("incidents"))
        let base = [
            "update", "2026-11-07-website-slow", "-m", "Slow again.", "--now", "2026-11-07T16:00:00Z",
            "--source", scratch.root.path,
        ]
        let refused = try StatusgenProcess.run(base + ["--status", "investigating"])
        #expect(refused.status == 1)
        #expect(
            refused.stderr
                == "error: incident '2026-11-07-website-slow' is resolved: add --reopen to post another update\n")
        let note = try StatusgenProcess.run(base + ["--status", "update", "--reopen"])
        #expect(note.stderr == "error: --reopen needs a status that reopens the incident, not 'update'\n")
        let resolveAgain = try StatusgenProcess.run(
            [
                "resolve", "2026-11-07-website-slow", "-m", "x", "--now", "2026-11-07T16:00:00Z", "--source",
                scratch.root.path,
            ])
        #expect(resolveAgain.stderr == "error: incident '2026-11-07-website-slow' is already resolved\n")
        try AuthoringFiles.expectUntouched(scratch, Self.path, before: before)

        let reopened = try StatusgenProcess.run(base + ["--status", "investigating", "--reopen"])
        #expect(reopened.status == 0, "\(reopened.stderr)")
        #expect(
            try AuthoringFiles.text(scratch, Self.path).hasSuffix(
                "\n\n## 2026-11-07T16:00:00Z investigating\nSlow again.\n"))
    }

    @Test("resolve completes a maintenance, and --build rebuilds the site right after")
    func resolveMaintenanceAndBuild() throws {
        let scratch = try ScratchSite()
        let result = try StatusgenProcess.run([
            "resolve", "2026-11-10-database-upgrade", "-m", "Done early.", "--now", "2026-11-10T04:00:00Z", "--build",
            "--source", scratch.root.path,
        ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("Updated incidents/2026-11-10-database-upgrade.md: completed\nBuilt "))
        #expect(
            try AuthoringFiles.text(scratch, "incidents/2026-11-10-database-upgrade.md")
                .hasSuffix("\n\n## 2026-11-10T04:00:00Z completed\nDone early.\n"))
        let page = try String(
            contentsOf: scratch.site.appendingPathComponent("incidents/2026-11-10-database-upgrade.html"),
            encoding: .utf8)
        #expect(page.contains("Done early."))
    }

    @Test("an update whose --build fails on another file's error says it is written and how to go on")
    func buildFailsElsewhere() throws {
        let scratch = try ScratchSite()
        try scratch.write(
            "---\ntitle: Old\nimpact: huge\n---\n## 2026-11-01T10:00:00Z investigating\nx\n",
            to: "incidents/2026-11-01-old.md")
        let result = try StatusgenProcess.run([
            "resolve", "2026-11-10-database-upgrade", "-m", "Done early.", "--now", "2026-11-10T04:00:00Z", "--build",
            "--source", scratch.root.path,
        ])
        #expect(result.status == 1)
        #expect(result.stdout == "Updated incidents/2026-11-10-database-upgrade.md: completed\n")
        #expect(result.stderr.contains("incidents/2026-11-01-old.md:3: "))
        #expect(
            result.stderr.hasSuffix(
                "incidents/2026-11-10-database-upgrade.md is written, but the site was not built: fix the errors above,"
                    + " then run `statusgen build --source \(scratch.root.path) --now 2026-11-10T04:00:00Z` (this"
                    + " command run again would post its update a second time)\n"))
    }

    @Test("A file that is not UTF-8 is refused, not rewritten with replacement characters")
    func notUTF8() throws {
        let scratch = try ScratchSite()
        let url = scratch.root.appendingPathComponent(Self.path)
        try Data("---\ntitle: Caf\u{E9}\nimpact: minor\n---\n## 2026-11-07T15:00:00Z investigating\nx\n".utf8)
            .write(to: url)
        var bytes = try Data(contentsOf: url)
        bytes[bytes.firstIndex(of: 0xC3) ?? 0] = 0xFF
        try bytes.write(to: url)
        let result = try StatusgenProcess.run([
            "update", "2026-11-07-website-slow", "--status", "identified", "-m", "x", "--now", "2026-11-07T15:30:00Z",
            "--source", scratch.root.path,
        ])
        #expect(result.status == 1)
        #expect(result.stderr == "\(Self.path):2: the file is not UTF-8 text (byte 0xFF at column 11)\n")
        #expect(try Data(contentsOf: url) == bytes)
    }

    @Test("A file that does not read is refused with its own problems")
    func brokenFile() throws {
        let scratch = try ScratchSite()
        try scratch.write(
            "---\ntitle: Broken\nimpact: huge\n---\n## 2026-11-07T15:00:00Z investigating\nx\n", to: Self.path)
        let result = try StatusgenProcess.run([
            "update", "2026-11-07-website-slow", "--status", "identified", "-m", "x", "--now", "2026-11-07T15:30:00Z",
            "--source", scratch.root.path,
        ])
        #expect(result.status == 1)
        #expect(
            result.stderr
                == "\(Self.path):3: 'impact': unknown value 'huge': expected one of none, minor, major, critical\n")
    }
}
