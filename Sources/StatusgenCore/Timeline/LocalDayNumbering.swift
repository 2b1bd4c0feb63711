import Foundation

/// Maps instants (milliseconds since 1970 UTC) to calendar days in a timezone, numbered as days
/// since 1970-01-01. Remembers the stretch of time around the last answer, so that rows in time
/// order cost two comparisons each.
struct LocalDayNumbering {
    let timeZone: TimeZone
    private var validFrom: Int64 = 1
    private var validUntil: Int64 = 0
    private var cachedDay = 0

    init(timeZone: TimeZone) {
        self.timeZone = timeZone
    }

    static let millisecondsPerDay: Int64 = 86_400_000

    @inline(__always)
    mutating func day(of milliseconds: Int64) -> Int {
        if milliseconds >= validFrom && milliseconds < validUntil { return cachedDay }
        return lookUp(milliseconds)
    }

    private mutating func lookUp(_ milliseconds: Int64) -> Int {
        let date = Date(timeIntervalSince1970: Double(milliseconds) / 1000)
        let offset = Int64(timeZone.secondsFromGMT(for: date)) * 1000
        let local = milliseconds + offset
        let day = local >= 0 ? local / Self.millisecondsPerDay : (local + 1) / Self.millisecondsPerDay - 1
        // The stretch of this day during which the offset stays the same.
        var from = day * Self.millisecondsPerDay - offset
        var until = from + Self.millisecondsPerDay
        if let transition = timeZone.nextDaylightSavingTimeTransition(after: date) {
            until = min(until, Int64((transition.timeIntervalSince1970 * 1000).rounded(.down)))
        }
        if Int64(timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: Double(from) / 1000))) * 1000 != offset {
            from = milliseconds
        }
        validFrom = from
        validUntil = max(until, milliseconds + 1)
        cachedDay = Int(day)
        return cachedDay
    }
}
