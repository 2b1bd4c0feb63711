import Foundation
import StatusgenCore

/// Fixes the moment a build describes, once: `--now`, then `SOURCE_DATE_EPOCH`, then the clock.
enum BuildClock {
    /// A `--now` or `SOURCE_DATE_EPOCH` that cannot be read.
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    static func resolve(option: String?, environment: [String: String]) throws -> Date {
        if let option {
            do {
                return try TimestampParser.parse(option)
            } catch {
                throw Failure(description: "--now: \(error.description)")
            }
        }
        if let epoch = environment["SOURCE_DATE_EPOCH"], !epoch.isEmpty {
            // Up to the end of the year 9999, as for every other time statusgen reads.
            guard let seconds = Int64(epoch), (0...253_402_300_799).contains(seconds) else {
                throw Failure(
                    description: "SOURCE_DATE_EPOCH must be a whole number of seconds since 1970, not '\(epoch)'")
            }
            return Date(timeIntervalSince1970: TimeInterval(seconds))
        }
        return Date(timeIntervalSince1970: Date().timeIntervalSince1970.rounded(.down))
    }
}
