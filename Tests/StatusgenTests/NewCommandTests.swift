import Foundation
import Testing

@Suite("statusgen new, run as a command")
struct NewCommandTests {
    static let cardFailure = [
        "new", "Checkout fails: card payments declined", "--component", "checkout=major_outage",
        "--component", "website=degraded_performance", "--impact", "major",
        "-m", "Card payments fail with *declined*.\n\nWe are investigating; orders by phone still work.",
        "--now", "2026-11-07T16:05:00Z",
    ]

    @Test(
        "A new incident file has the front matter and first update of the golden file, and its path and id are printed")
    func newIncident() throws {
        let scratch = try ScratchSite()
        let result = try StatusgenProcess.run(Self.cardFailure + ["--source", scratch.root.path])
        #expect(result.status == 0)
        #expect(result.stderr == "")
        let id = "2026-11-07-checkout-fails-card-payments-declined"
        #expect(result.stdout == "Created incidents/\(id).md (id \(id))\n")
        #expect(try AuthoringFiles.text(scratch, "incidents/\(id).md") == AuthoringFiles.golden("new-incident.md"))
    }

    @Test("A maintenance has its window in UTC and a bare component under maintenance")
    func newMaintenance() throws {
        let scratch = try ScratchSite()
        let result = try StatusgenProcess.run([
            "new", "Support desk move", "--maintenance", "--starts", "2026-11-20 09:00 America/New_York",
            "--ends", "2026-11-20T16:00:00Z", "--component", "support", "--impact", "minor",
            "--message-file", AuthoringFiles.folder.appendingPathComponent("maintenance-message.txt").path,
            "--now", "2026-11-07T16:06:00Z", "--source", scratch.root.path,
        ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            try AuthoringFiles.text(scratch, "incidents/2026-11-07-support-desk-move.md")
                == AuthoringFiles.golden("new-maintenance.md"))
    }

    @Test("The same title on the same day gets a new id, and the first file is left alone")
    func uniqueIDs() throws {
        let scratch = try ScratchSite()
        let id = "2026-11-07-checkout-fails-card-payments-declined"
        _ = try StatusgenProcess.run(Self.cardFailure + ["--source", scratch.root.path])
        let before = try scratch.snapshot(of: scratch.root.appendingPathComponent("incidents"))
        let second = try StatusgenProcess.run(
            Self.cardFailure.dropLast(2) + ["--now", "2026-11-07T23:59:59Z", "--source", scratch.root.path])
        #expect(second.stdout == "Created incidents/\(id)-2.md (id \(id)-2)\n")
        let third = try StatusgenProcess.run(
            Self.cardFailure.dropLast(2) + ["--source", scratch.root.path],
            environment: ["SOURCE_DATE_EPOCH": "1794096000"])  // 2026-11-08T00:00:00Z: a new day
        #expect(
            third.stdout == "Created incidents/2026-11-08-checkout-fails-card-payments-declined.md"
                + " (id 2026-11-08-checkout-fails-card-payments-declined)\n")
        let after = try scratch.snapshot(of: scratch.root.appendingPathComponent("incidents"))
        #expect(after["\(id).md"]?.0 == before["\(id).md"]?.0)
        #expect(after["\(id).md"]?.1 == before["\(id).md"]?.1)
    }

    @Test("The message can come from standard input")
    func messageFromStandardInput() throws {
        let scratch = try ScratchSite()
        var arguments = Self.cardFailure
        arguments.removeSubrange(8...9)
        let result = try StatusgenProcess.run(
            arguments + ["--source", scratch.root.path],
            input: "Card payments fail with *declined*.\n\nWe are investigating; orders by phone still work.\n")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            try AuthoringFiles.text(scratch, "incidents/2026-11-07-checkout-fails-card-payments-declined.md")
                == AuthoringFiles.golden("new-incident.md"))
    }

    @Test(
        "Bad arguments are refused with one clear message, exit code 1, and no file written",
        arguments: [
            (
                ["--component", "websit=major_outage", "--impact", "major", "-m", "x"],
                "error: --component websit=major_outage: unknown component 'websit' (did you mean 'website'?);"
                    + " statusgen.yml lists website, checkout, support"
            ),
            (
                ["--component", "website=major_outag", "--impact", "major", "-m", "x"],
                "error: --component website=major_outag: unknown status 'major_outag': expected one of operational,"
                    + " under_maintenance, degraded_performance, partial_outage, major_outage (did you mean 'major_outage'?)"
            ),
            (
                ["--component", "website", "--impact", "major", "-m", "x"],
                "error: --component website: give the component's status as ID=STATUS, such as website=major_outage"
            ),
            (
                ["--component", "website=major_outage", "-m", "x"],
                "error: --impact is required for an incident: one of none, minor, major, critical"
            ),
            (
                ["--impact", "majr", "-m", "x"],
                "error: --impact: unknown value 'majr': expected one of none, minor, major, critical (did you mean 'major'?)"
            ),
            (
                ["--impact", "major", "--status", "scheduled", "-m", "x"],
                "error: --status: 'scheduled' is not a status for an incident: expected one of investigating,"
                    + " identified, monitoring, resolved"
            ),
            (
                ["--maintenance", "--starts", "2026-11-20T09:00:00Z", "-m", "x"],
                "error: --maintenance needs --starts and --ends"
            ),
            (
                ["--maintenance", "--starts", "2026-11-20T09:00:00Z", "--ends", "2026-11-20T08:00:00Z", "-m", "x"],
                "error: --ends must be after --starts"
            ),
            (
                ["--maintenance", "--starts", "2026-11-20T09:00:00Z", "--ends", "2026-11-20 10:00", "-m", "x"],
                "error: --ends: '2026-11-20 10:00' is not a timestamp: use RFC 3339 such as 2026-11-24T10:52:00Z,"
                    + " or 2026-11-24 10:52 Europe/London"
            ),
            (["--impact", "major", "-m", "  \n "], "error: the message is empty: say what customers should know"),
            (["--impact", "major"], "error: the message is empty: say what customers should know"),
            (
                ["--impact", "major", "-m", "Looking.\n## b"],
                "incidents/2026-11-07-outage.md: not written: line 2 of the message ('## b')"
                    + " would start another section of the file: use ### for headings inside an update"
            ),
        ])
    func refusals(arguments: [String], expected: String) throws {
        let scratch = try ScratchSite()
        let before = try AuthoringFiles.incidentNames(scratch)
        let result = try StatusgenProcess.run(
            ["new", "Outage"] + arguments + ["--now", "2026-11-07T16:05:00Z", "--source", scratch.root.path])
        #expect(result.status == 1)
        #expect(result.stdout == "")
        #expect(result.stderr == expected + "\n")
        #expect(try AuthoringFiles.incidentNames(scratch) == before)
    }

    @Test("A site without statusgen.yml is refused")
    func noSite() throws {
        let scratch = try ScratchSite()
        try FileManager.default.removeItem(at: scratch.root.appendingPathComponent("statusgen.yml"))
        let result = try StatusgenProcess.run(Self.cardFailure + ["--source", scratch.root.path])
        #expect(result.status == 1)
        #expect(
            result.stderr
                == "error: \(scratch.root.path): no statusgen.yml here; create a site with 'statusgen init DIR'\n")
    }
}
