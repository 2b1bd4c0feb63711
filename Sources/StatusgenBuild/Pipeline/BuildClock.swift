import Foundation
import StatusgenCore

/// Fixes the moment a build describes, once: `--now`, then `SOURCE_DATE_EPOCH`, then the clock, in whole
/// seconds.
public enum BuildClock {
    /// The moment named by `option` (a `--now`), else by `SOURCE_DATE_EPOCH` in `environment`, else now.
    public static func resolve(option: String?, environment: [String: String]) throws -> Date {
        if let option {
            do {
                return try TimestampParser.parse(option)
            } catch {
                throw CommandFailure("--now: \(error.description)")
            }
        }
        if let epoch = environment["SOURCE_DATE_EPOCH"], !epoch.isEmpty {
            // Up to the end of the year 9999, as for every other time statusgen reads.
            guard let seconds = Int64(epoch), (0...253_402_300_799).contains(seconds) else {
                throw CommandFailure("SOURCE_DATE_EPOCH must be a whole number of seconds since 1970, not '\(epoch)'")
            }
            return Date(timeIntervalSince1970: TimeInterval(seconds))
        }
        return now()
    }

    /// The clock's time in whole seconds, as every page shows it.
    public static func now() -> Date {
        Date(timeIntervalSince1970: Date().timeIntervalSince1970.rounded(.down))
    }
}
