/// Text written to a terminal, with the control characters a site's files may hold made visible.
///
/// A component key, a monitor name or a YAML line echoed in a message comes from the site's files; an
/// escape sequence in one of them (ESC, BEL, a carriage return) would move the cursor, retitle the
/// window or hide the rest of the line. Every C0 and C1 control but tab is written as `\u{1B}` instead.
enum TerminalText {
    static func safe(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var result = ""
        for scalar in text.unicodeScalars {
            if isControl(scalar) {
                result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09: false
        case 0x00...0x1F, 0x7F...0x9F: true
        default: false
        }
    }
}
