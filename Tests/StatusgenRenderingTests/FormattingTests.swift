import Foundation
import StatusgenCore
import StatusgenModel
import Testing

@testable import StatusgenRendering

@Suite("Formatting of times, durations and percentages")
struct FormattingTests {
    @Test(
        "percentages are truncated to two decimals, so downtime never shows as 100%",
        arguments: [
            (1.0, "100%"), (0.99999, "99.99%"), (0.9995, "99.95%"), (0.999, "99.90%"), (0.97222, "97.22%"),
            (0.5, "50.00%"), (0.0, "0.00%"),
        ]
    )
    func percent(fraction: Double, text: String) {
        #expect(PercentFormatter.format(fraction, Fixture.english) == text)
    }

    @Test(
        "durations are in days, hours and minutes",
        arguments: [
            (30.0, "under 1 min"), (720.0, "12 min"), (779.0, "12 min"), (7980.0, "2 h 13 min"), (7200.0, "2 h"),
            (93_600.0, "1 d 2 h"), (172_800.0, "2 d"),
        ]
    )
    func duration(seconds: Double, text: String) {
        #expect(DurationFormatter.format(seconds, Fixture.english) == text)
    }

    @Test(
        "times show the zone by its common English name, else by its offset from GMT, at that moment",
        arguments: [
            ("Europe/London", "2026-10-24T23:30:00Z", "25 Oct 2026, 00:30 BST"),
            ("Europe/London", "2026-10-25T23:30:00Z", "25 Oct 2026, 23:30 GMT"),
            ("Asia/Kolkata", "2026-11-24T10:52:00Z", "24 Nov 2026, 16:22 IST"),
            ("America/New_York", "2026-07-04T16:05:00Z", "4 Jul 2026, 12:05 EDT"),
            ("America/New_York", "2026-11-04T16:05:00Z", "4 Nov 2026, 11:05 EST"),
            ("Europe/Moscow", "2026-11-04T16:05:00Z", "4 Nov 2026, 19:05 GMT+3"),
            ("Asia/Kathmandu", "2026-11-04T16:05:00Z", "4 Nov 2026, 21:50 NPT"),
            ("Asia/Yangon", "2026-11-04T16:05:00Z", "4 Nov 2026, 22:35 GMT+6:30"),
            ("UTC", "2026-01-02T03:04:00Z", "2 Jan 2026, 03:04 UTC"),
        ]
    )
    func siteTime(zone: String, instant: String, text: String) throws {
        #expect(try Self.dateTime(instant, in: zone, around: "2026-07-01T00:00:00Z", Fixture.english) == text)
    }

    @Test(
        "the first of a month is written as each language writes it: 1er in French",
        arguments: [
            ("en", "2026-11-01T09:00:00Z", "1 Nov 2026, 09:00 UTC"),
            ("en", "2026-11-02T09:00:00Z", "2 Nov 2026, 09:00 UTC"),
            ("de", "2026-11-01T09:00:00Z", "1. Nov. 2026, 09:00 UTC"),
            ("fr", "2026-11-01T09:00:00Z", "1er nov. 2026 à 09:00 UTC"),
            ("fr", "2026-11-11T09:00:00Z", "11 nov. 2026 à 09:00 UTC"),
            ("fr", "2026-11-21T09:00:00Z", "21 nov. 2026 à 09:00 UTC"),
        ]
    )
    func firstOfMonth(locale: String, instant: String, text: String) throws {
        let strings = StringsCatalog(site: []).strings(for: locale)
        #expect(try Self.dateTime(instant, in: "UTC", around: "2026-11-01T00:00:00Z", strings) == text)
    }

    /// `instant` as a page shows it in `zone`, named as around `reference`, in the words of `strings`.
    private static func dateTime(_ instant: String, in zone: String, around reference: String, _ strings: Strings)
        throws -> String
    {
        let formatter = SiteTimeFormatter(
            timeZone: try #require(TimeZone(identifier: zone)), around: Fixture.date(reference), strings)
        return formatter.dateTime(Fixture.date(instant))
    }

    @Test("machine times are in UTC: RFC 3339 for datetime attributes and RFC 822 for feeds")
    func utc() {
        let date = Fixture.date("2026-11-24T10:52:00Z")
        #expect(RFC3339.string(from: date) == "2026-11-24T10:52:00Z")
        #expect(UTCTimestampFormatter.rfc822(date) == "Tue, 24 Nov 2026 10:52:00 +0000")
        #expect(UTCTimestampFormatter.rfc822(Fixture.date("2026-03-01T00:00:05Z")) == "Sun, 01 Mar 2026 00:00:05 +0000")
    }

    @Test(
        "text loses the characters XML forbids and keeps every other one",
        arguments: [
            ("a\u{0}b\u{1}c\u{8}d", "abcd"),
            ("tab\tline\ncr\r\nend", "tab\tline\ncr\r\nend"),
            ("\u{B}vt\u{C}ff\u{E}so\u{1F}us", "vtffsous"),
            ("\u{FFFE}no\u{FFFF}nchar\u{FFFD}", "nonchar\u{FFFD}"),
            ("del\u{7F} nel\u{85} é ✓ 🔥", "del\u{7F} nel\u{85} é ✓ 🔥"),
            ("", ""),
        ]
    )
    func xmlCharacters(text: String, cleaned: String) {
        #expect(XMLCharacters.removingDisallowed(from: text) == cleaned)
    }
}
