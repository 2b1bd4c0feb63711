/// Writes iCalendar TEXT values (RFC 5545 §3.3.11).
public enum ICSEscaping {
    /// `text` as an iCalendar TEXT value: backslash, semicolon and comma escaped with a backslash, each
    /// line break (CRLF, CR or LF) as `\n`; other control characters, which TEXT does not allow, are dropped.
    ///
    /// Worked on UTF-8 bytes (a calendar has an event for each of years of maintenances): every byte it
    /// changes is ASCII, and no byte of a longer character is.
    public static func text(_ text: String) -> String {
        guard text.utf8.contains(where: needsWork) else { return text }
        var result: [UInt8] = []
        result.reserveCapacity(text.utf8.count + 16)
        var previous: UInt8 = 0
        for byte in text.utf8 {
            defer { previous = byte }
            switch byte {
            case UInt8(ascii: "\\"), UInt8(ascii: ";"), UInt8(ascii: ","):
                result += [UInt8(ascii: "\\"), byte]
            case UInt8(ascii: "\r"):
                result += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
            case UInt8(ascii: "\n"):
                if previous != UInt8(ascii: "\r") { result += [UInt8(ascii: "\\"), UInt8(ascii: "n")] }
            case UInt8(ascii: "\t"):
                result.append(byte)
            case 0x00...0x1F, 0x7F:
                break
            default:
                result.append(byte)
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// Whether `byte` is escaped or dropped.
    private static func needsWork(_ byte: UInt8) -> Bool {
        (byte < 0x20 && byte != UInt8(ascii: "\t")) || byte == 0x7F || byte == UInt8(ascii: "\\")
            || byte == UInt8(ascii: ";") || byte == UInt8(ascii: ",")
    }
}
