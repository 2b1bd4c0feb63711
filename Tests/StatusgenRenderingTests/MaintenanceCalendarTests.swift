import Foundation
import StatusgenModel
import Testing

@testable import StatusgenRendering

@Suite("The maintenance calendar")
struct MaintenanceCalendarTests {
    @Test("has one event per maintenance in order of start, a cancelled one marked so, with CRLF and folded lines")
    func calendar() throws {
        let expected = [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//statusgen//statusgen//EN",
            "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH",
            "X-WR-CALNAME:Acme Status maintenance",
            "X-PUBLISHED-TTL:PT1H",
            "BEGIN:VEVENT",
            "UID:2026-11-08-desk-move@status.acme.test",
            "DTSTAMP:20261106T120000Z",
            "CREATED:20261101T090000Z",
            "LAST-MODIFIED:20261105T090000Z",
            "SEQUENCE:1",
            "DTSTART:20261108T080000Z",
            "DTEND:20261108T090000Z",
            "SUMMARY:Cancelled: Support desk move",
            "DESCRIPTION:Cancelled\\, 2026-11-05 09:00 UTC: Not needed\\; we stay.\\n\\nSche",
            " duled\\, 2026-11-01 09:00 UTC: Moving the desk.",
            "URL:https://status.acme.test/incidents/2026-11-08-desk-move.html",
            "STATUS:CANCELLED",
            "TRANSP:OPAQUE",
            "END:VEVENT",
            "BEGIN:VEVENT",
            "UID:2026-11-10-db-upgrade@status.acme.test",
            "DTSTAMP:20261106T120000Z",
            "CREATED:20261106T120000Z",
            "LAST-MODIFIED:20261106T120000Z",
            "SEQUENCE:0",
            "DTSTART:20261110T030000Z",
            "DTEND:20261110T050000Z",
            "SUMMARY:Database upgrade",
            "DESCRIPTION:Checkout pauses\\; orders wait\\, then go through.\\n\\nComponents:",
            "  Checkout & <payments> (Under maintenance)\\n\\nScheduled\\, 2026-11-06 12:00",
            "  UTC: Planned for Tuesday\\, 03:00 UTC.",
            "URL:https://status.acme.test/incidents/2026-11-10-db-upgrade.html",
            "STATUS:CONFIRMED",
            "TRANSP:OPAQUE",
            "END:VEVENT",
            "END:VCALENDAR",
        ]
        #expect(try SmallSite.text("maintenance.ics") == expected.map { $0 + "\r\n" }.joined())
    }

    @Test("in another language, has ids of its own and says 'cancelled' in that language")
    func otherLanguage() throws {
        let files = try SiteRenderer(templates: .builtIn).render(
            SmallSite.timeline, languages: [Fixture.english, Fixture.german])
        let text = { (path: String) in
            String(decoding: try #require(files.first { $0.path == path }).contents, as: UTF8.self)
        }
        let english = try text("maintenance.ics")
        let german = try text("de/maintenance.ics")
        #expect(english.contains("UID:2026-11-08-desk-move@status.acme.test\r\n"))
        #expect(english.contains("SUMMARY:Cancelled: Support desk move\r\n"))
        #expect(german.contains("UID:2026-11-08-desk-move.de@status.acme.test\r\n"))
        #expect(german.contains("SUMMARY:Abgesagt: Support desk move\r\n"))
        #expect(german.contains("URL:https://status.acme.test/de/incidents/2026-11-08-desk-move.html\r\n"))
        // The description has statusgen's own words in German too, not only the title.
        let unfolded = german.replacingOccurrences(of: "\r\n ", with: "")
        #expect(unfolded.contains("DESCRIPTION:Abgesagt\\, 2026-11-05 09:00 UTC: Not needed"))
        #expect(unfolded.contains("\\n\\nKomponenten: Checkout & <payments> (In Wartung)\\n\\n"))
        for english in ["Components", "Scheduled", "Cancelled", "maintenance"] {
            #expect(!unfolded.contains(english), "\(english) in the German calendar")
        }
    }

    @Test("counts SEQUENCE up with each update and dates the calendar by it, so calendars take the newer version")
    func sequence() throws {
        var timeline = SmallSite.timeline
        var upgrade = SmallSite.upgrade
        let note = IncidentUpdate(
            time: Fixture.date("2026-11-07T10:00:00Z"), status: .update, bodyHTML: "", bodyText: "Moved to 04:00.",
            line: 9)
        upgrade.updates.insert(TimelineUpdate(update: note, effectiveStatus: .scheduled), at: 0)
        timeline.incidents[0] = upgrade
        let text = try SmallSite.text("maintenance.ics", of: timeline)
        // Every event's stamp is the calendar's newest update, not the build's moment: the calendar changed then.
        #expect(text.contains("UID:2026-11-10-db-upgrade@status.acme.test\r\nDTSTAMP:20261107T100000Z\r\n"))
        #expect(text.contains("UID:2026-11-08-desk-move@status.acme.test\r\nDTSTAMP:20261107T100000Z\r\n"))
        #expect(text.contains("LAST-MODIFIED:20261107T100000Z\r\nSEQUENCE:1\r\nDTSTART:20261110T030000Z\r\n"))
    }

    @Test("is a calendar without events when there is no maintenance")
    func empty() throws {
        var timeline = SmallSite.timeline
        timeline.incidents = [SmallSite.outage]
        #expect(!(try SmallSite.text("maintenance.ics", of: timeline)).contains("VEVENT"))
    }

    @Test(
        "folds lines at 75 octets without splitting a UTF-8 sequence, and unfolds to the same text",
        arguments: [
            "DESCRIPTION:" + String(repeating: "é", count: 40),
            "SUMMARY:" + String(repeating: "🛠 fix ", count: 30),
            "SUMMARY:" + String(repeating: "x", count: 75 - 8),
            "SUMMARY:" + String(repeating: "x", count: 76 - 8),
        ])
    func folding(line: String) throws {
        let folded = ICalendarText.folded(line)
        #expect(folded.hasSuffix("\r\n"))
        // "\r\n" is one Character in Swift.
        let content = String(folded.dropLast())
        let physical = content.components(separatedBy: "\r\n")
        for (index, part) in physical.enumerated() {
            #expect(part.utf8.count <= 75, "line \(index) has \(part.utf8.count) octets")
            #expect(index == 0 || part.hasPrefix(" "))
        }
        #expect((physical.count == 1) == (line.utf8.count <= 75))
        #expect(content.replacingOccurrences(of: "\r\n ", with: "") == line)
    }

    @Test("breaks a long line of two-octet characters before the one that would pass 75 octets")
    func foldingExact() {
        let line = "DESCRIPTION:" + String(repeating: "é", count: 40)
        #expect(
            ICalendarText.folded(line)
                == "DESCRIPTION:" + String(repeating: "é", count: 31) + "\r\n " + String(repeating: "é", count: 9)
                + "\r\n")
    }

    @Test("writes instants as UTC DATE-TIME values")
    func dateTime() {
        #expect(ICalendarText.dateTime(Fixture.date("2026-11-10T03:00:00Z")) == "20261110T030000Z")
    }
}
