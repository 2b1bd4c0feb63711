import Foundation
import Testing

@testable import StatusgenCore

@Suite("Timestamps")
struct TimestampParserTests {
    @Test(
        "reads RFC 3339 and wall-clock times in a named zone",
        arguments: [
            ("2026-11-24T10:52:00Z", "2026-11-24T10:52:00Z"),
            ("2026-11-24t10:52:00z", "2026-11-24T10:52:00Z"),
            ("2026-11-24 10:52:00Z", "2026-11-24T10:52:00Z"),
            ("2026-11-24T10:52Z", "2026-11-24T10:52:00Z"),
            ("2026-11-24T11:52:00+01:00", "2026-11-24T10:52:00Z"),
            ("2026-11-24T05:22:00-05:30", "2026-11-24T10:52:00Z"),
            ("2026-02-28T23:59:59Z", "2026-02-28T23:59:59Z"),
            ("2028-02-29T00:00:00Z", "2028-02-29T00:00:00Z"),
            // London keeps GMT in winter and is an hour ahead of UTC in summer.
            ("2026-11-24 12:30 Europe/London", "2026-11-24T12:30:00Z"),
            ("2026-07-01 12:30 Europe/London", "2026-07-01T11:30:00Z"),
            ("2026-07-01 12:30:15 Europe/Berlin", "2026-07-01T10:30:15Z"),
            ("2026-11-24 12:30 UTC", "2026-11-24T12:30:00Z"),
            ("2026-11-24 12:30 GMT", "2026-11-24T12:30:00Z"),
            // The last wall-clock times either side of London's clock changes.
            ("2026-03-29 00:59 Europe/London", "2026-03-29T00:59:00Z"),
            ("2026-03-29 02:00 Europe/London", "2026-03-29T01:00:00Z"),
            ("2026-10-25 00:59 Europe/London", "2026-10-24T23:59:00Z"),
            ("2026-10-25 02:00 Europe/London", "2026-10-25T02:00:00Z"),
        ])
    func parses(text: String, expected: String) throws {
        #expect(try TimestampParser.parse(text) == utc(expected))
    }

    @Test("keeps fractions of a second")
    func fractions() throws {
        let date = try TimestampParser.parse("2026-11-24T10:52:00.250Z")
        #expect(date.timeIntervalSince(utc("2026-11-24T10:52:00Z")) == 0.25)
    }

    @Test(
        "names the problem with a timestamp in words",
        arguments: [
            (
                "yesterday",
                "'yesterday' is not a timestamp: use RFC 3339 such as 2026-11-24T10:52:00Z, or 2026-11-24 10:52 Europe/London"
            ),
            (
                "2026-11-24T10:52:00",
                "'2026-11-24T10:52:00' is not a timestamp: use RFC 3339 such as 2026-11-24T10:52:00Z, or 2026-11-24 10:52 Europe/London"
            ),
            (
                "2026-02-30T10:00:00Z",
                "'2026-02-30T10:00:00Z' is not a timestamp: use RFC 3339 such as 2026-11-24T10:52:00Z, or 2026-11-24 10:52 Europe/London"
            ),
            (
                "2026-13-01T10:00:00Z",
                "'2026-13-01T10:00:00Z' is not a timestamp: use RFC 3339 such as 2026-11-24T10:52:00Z, or 2026-11-24 10:52 Europe/London"
            ),
            (
                "2026-11-24T24:00:00Z",
                "'2026-11-24T24:00:00Z' is not a timestamp: use RFC 3339 such as 2026-11-24T10:52:00Z, or 2026-11-24 10:52 Europe/London"
            ),
            (
                "2026-11-24 25:00 Europe/London",
                "'2026-11-24 25:00 Europe/London' is not a timestamp: use RFC 3339 such as 2026-11-24T10:52:00Z, or 2026-11-24 10:52 Europe/London"
            ),
            (
                "2026-11-24 12:30 Europe/Londn",
                "unknown time zone 'Europe/Londn': use an IANA name such as Europe/London, or UTC"
            ),
            ("2026-11-24 12:30 EST", "unknown time zone 'EST': use an IANA name such as Europe/London, or UTC"),
            (
                "2026-03-29 01:30 Europe/London",
                "'2026-03-29 01:30 Europe/London' does not exist in Europe/London (the clocks went forward): give the time with a UTC offset"
            ),
            (
                "2026-10-25 01:30 Europe/London",
                "'2026-10-25 01:30 Europe/London' happens twice in Europe/London (the clocks went back): give the time with a UTC offset"
            ),
        ])
    func rejects(text: String, message: String) {
        #expect {
            try TimestampParser.parse(text)
        } throws: { error in
            (error as? TimestampParser.Failure)?.description == message
        }
    }

    @Test("gives the same instant for an offset and for the zone that has that offset")
    func offsetMatchesZone() throws {
        // Either side of the October change, 01:30 needs an offset to say which one is meant.
        #expect(try TimestampParser.parse("2026-10-25T01:30:00+01:00") == utc("2026-10-25T00:30:00Z"))
        #expect(try TimestampParser.parse("2026-10-25T01:30:00+00:00") == utc("2026-10-25T01:30:00Z"))
    }
}
