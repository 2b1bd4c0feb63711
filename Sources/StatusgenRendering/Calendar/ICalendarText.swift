import Foundation
import StatusgenModel

/// The pieces of RFC 5545 syntax the maintenance calendar needs besides TEXT escaping (`ICSEscaping`):
/// UTC date-times and content lines folded at 75 octets, with CRLF line ends.
enum ICalendarText {
    /// The longest content line in octets, without its CRLF (RFC 5545 §3.1).
    static let lineLimit = 75

    /// An instant as a UTC DATE-TIME (§3.3.5): "20261124T105200Z".
    static func dateTime(_ date: Date) -> String {
        String(
            decoding: RFC3339.string(from: date).utf8.filter { $0 != UInt8(ascii: "-") && $0 != UInt8(ascii: ":") },
            as: UTF8.self)
    }

    /// A content line folded as §3.1 asks: no line longer than 75 octets, each continuation starting
    /// with one space, never inside a UTF-8 sequence; every line ends in CRLF.
    static func folded(_ line: String) -> String {
        guard line.utf8.count > lineLimit else { return line + "\r\n" }
        var line = line
        return line.withUTF8 { bytes in
            // By bytes: the calendar folds a line or more of every maintenance in the history.
            var result: [UInt8] = []
            result.reserveCapacity(bytes.count + bytes.count / (lineLimit - 1) * 3 + 2)
            var octets = 0
            var index = 0
            while index < bytes.count {
                // The length of the UTF-8 sequence that starts here, from its lead byte.
                let lead = bytes[index]
                let width = lead < 0xC0 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
                let end = min(index + width, bytes.count)
                if octets + (end - index) > lineLimit {
                    result += [UInt8(ascii: "\r"), UInt8(ascii: "\n"), UInt8(ascii: " ")]
                    octets = 1
                }
                result += bytes[index..<end]
                octets += end - index
                index = end
            }
            result += [UInt8(ascii: "\r"), UInt8(ascii: "\n")]
            return String(decoding: result, as: UTF8.self)
        }
    }
}
