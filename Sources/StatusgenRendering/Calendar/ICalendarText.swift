import Foundation
import StatusgenModel

/// The pieces of RFC 5545 syntax the maintenance calendar needs besides TEXT escaping (`ICSEscaping`):
/// UTC date-times and content lines folded at 75 octets, with CRLF line ends.
enum ICalendarText {
    /// The longest content line in octets, without its CRLF (RFC 5545 §3.1).
    static let lineLimit = 75

    /// An instant as a UTC DATE-TIME (§3.3.5): "20261124T105200Z".
    static func dateTime(_ date: Date) -> String {
        RFC3339.string(from: date).filter { $0 != "-" && $0 != ":" }
    }

    /// A content line folded as §3.1 asks: no line longer than 75 octets, each continuation starting
    /// with one space, never inside a UTF-8 sequence; every line ends in CRLF.
    static func folded(_ line: String) -> String {
        guard line.utf8.count > lineLimit else { return line + "\r\n" }
        var result = ""
        var octets = 0
        for scalar in line.unicodeScalars {
            let width = scalar.utf8.count
            if octets + width > lineLimit {
                result += "\r\n "
                octets = 1
            }
            result.unicodeScalars.append(scalar)
            octets += width
        }
        return result + "\r\n"
    }
}
