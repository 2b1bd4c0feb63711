import Foundation
import StatusgenModel
import Testing

@testable import StatusgenCore

@Suite("Calendar days")
struct DayCalendarTests {
    @Test("lists the history's days oldest first, ending with the day that contains now")
    func utcDays() {
        let calendar = DayCalendar(timeZone: utcZone, dayCount: 3, now: utc("2026-11-24T12:00:00Z"))
        #expect(
            calendar.days == [
                CalendarDay(date: "2026-11-22", start: utc("2026-11-22T00:00:00Z"), end: utc("2026-11-23T00:00:00Z")),
                CalendarDay(date: "2026-11-23", start: utc("2026-11-23T00:00:00Z"), end: utc("2026-11-24T00:00:00Z")),
                CalendarDay(date: "2026-11-24", start: utc("2026-11-24T00:00:00Z"), end: utc("2026-11-25T00:00:00Z")),
            ])
        // 2026-11-24 is day 20,781 since 1970-01-01.
        #expect(calendar.dayNumbers == [20_779, 20_780, 20_781])
    }

    @Test("counts days in the site's timezone, not in UTC")
    func localDays() {
        // 00:30 in London in summer is still the previous day in UTC.
        let calendar = DayCalendar(timeZone: london, dayCount: 2, now: utc("2026-07-01T23:30:00Z"))
        #expect(calendar.days.map(\.date) == ["2026-07-01", "2026-07-02"])
        #expect(calendar.days.last?.start == utc("2026-07-01T23:00:00Z"))
        #expect(calendar.days.last?.end == utc("2026-07-02T23:00:00Z"))
    }

    @Test("makes 25 October 2026 in London 25 hours long")
    func autumnChange() {
        let calendar = DayCalendar(timeZone: london, dayCount: 3, now: utc("2026-10-26T12:00:00Z"))
        #expect(
            calendar.days == [
                CalendarDay(date: "2026-10-24", start: utc("2026-10-23T23:00:00Z"), end: utc("2026-10-24T23:00:00Z")),
                CalendarDay(date: "2026-10-25", start: utc("2026-10-24T23:00:00Z"), end: utc("2026-10-26T00:00:00Z")),
                CalendarDay(date: "2026-10-26", start: utc("2026-10-26T00:00:00Z"), end: utc("2026-10-27T00:00:00Z")),
            ])
        #expect(calendar.days.map { $0.end.timeIntervalSince($0.start) / 3600 } == [24, 25, 24])
    }

    @Test("makes 29 March 2026 in London 23 hours long")
    func springChange() {
        let calendar = DayCalendar(timeZone: london, dayCount: 3, now: utc("2026-03-30T12:00:00Z"))
        #expect(
            calendar.days == [
                CalendarDay(date: "2026-03-28", start: utc("2026-03-28T00:00:00Z"), end: utc("2026-03-29T00:00:00Z")),
                CalendarDay(date: "2026-03-29", start: utc("2026-03-29T00:00:00Z"), end: utc("2026-03-29T23:00:00Z")),
                CalendarDay(date: "2026-03-30", start: utc("2026-03-29T23:00:00Z"), end: utc("2026-03-30T23:00:00Z")),
            ])
        #expect(calendar.days.map { $0.end.timeIntervalSince($0.start) / 3600 } == [24, 23, 24])
    }

    @Test(
        "finds the local day of an instant around the October change",
        arguments: [
            ("2026-10-24T22:59:59Z", 0),  // 23:59:59 BST on the 24th
            ("2026-10-24T23:00:00Z", 1),  // midnight BST: the 25th begins
            ("2026-10-24T23:30:00Z", 1),  // 00:30 BST on the 25th
            ("2026-10-25T00:30:00Z", 1),  // the first 01:30, BST
            ("2026-10-25T01:30:00Z", 1),  // the second 01:30, GMT
            ("2026-10-25T23:59:59Z", 1),  // 23:59:59 GMT on the 25th
            ("2026-10-26T00:00:00Z", 2),
        ])
    func dayOfInstant(instant: String, expected: Int) {
        let calendar = DayCalendar(timeZone: london, dayCount: 3, now: utc("2026-10-26T12:00:00Z"))
        #expect(calendar.index(of: utc(instant)) == expected)
    }

    @Test("finds no day for an instant outside the history")
    func outside() {
        let calendar = DayCalendar(timeZone: utcZone, dayCount: 3, now: utc("2026-11-24T12:00:00Z"))
        #expect(calendar.index(of: utc("2026-11-21T23:59:59Z")) == nil)
        #expect(calendar.index(of: utc("2026-11-25T00:00:00Z")) == nil)
        #expect(calendar.index(of: utc("2026-11-22T00:00:00Z")) == 0)
    }

    @Test(
        "finds the days a span of time overlaps",
        arguments: [
            ("2026-11-22T10:00:00Z", "2026-11-22T11:00:00Z", 0..<1),
            ("2026-11-22T23:55:00Z", "2026-11-23T00:05:00Z", 0..<2),
            ("2026-11-22T23:50:00Z", "2026-11-23T00:00:00Z", 0..<1),  // ends exactly at midnight
            ("2026-11-20T10:00:00Z", "2026-11-22T01:00:00Z", 0..<1),  // begins before the history
            ("2026-11-21T10:00:00Z", "2026-11-30T00:00:00Z", 0..<3),
            ("2026-11-20T10:00:00Z", "2026-11-22T00:00:00Z", 0..<0),  // wholly before
            ("2026-11-25T00:00:00Z", "2026-11-25T01:00:00Z", 0..<0),  // wholly after
        ])
    func overlapping(start: String, end: String, expected: Range<Int>) {
        let calendar = DayCalendar(timeZone: utcZone, dayCount: 3, now: utc("2026-11-24T12:00:00Z"))
        #expect(calendar.indices(overlapping: utc(start), utc(end)) == expected)
    }

    @Test("starts today at now when now is exactly local midnight")
    func nowAtMidnight() {
        let calendar = DayCalendar(timeZone: london, dayCount: 1, now: utc("2026-10-24T23:00:00Z"))
        #expect(calendar.days.map(\.date) == ["2026-10-25"])
    }
}
