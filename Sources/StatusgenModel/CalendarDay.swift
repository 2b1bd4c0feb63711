import Foundation

/// A calendar day in the site's timezone, with the instants it starts and ends.
public struct CalendarDay: Sendable, Hashable {
    /// `YYYY-MM-DD`.
    public var date: String
    public var start: Date
    public var end: Date

    public init(date: String, start: Date, end: Date) {
        self.date = date
        self.start = start
        self.end = end
    }
}
