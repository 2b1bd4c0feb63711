// Trimming as Foundation's `trimmingCharacters(in: .whitespaces)` and `(in: .whitespacesAndNewlines)` trim,
// by Unicode scalars, without Foundation's copy of the text to UTF-16 and back.

extension String {
    /// The text without the spaces and tabs (Unicode's space separators) at its ends.
    func trimmingWhitespace() -> String {
        self[...].trimmingWhitespace()
    }

    /// The text without the spaces, tabs and line breaks at its ends.
    func trimmingWhitespaceAndNewlines() -> String {
        self[...].trimmingWhitespaceAndNewlines()
    }
}

extension Substring {
    /// The text without the spaces and tabs (Unicode's space separators) at its ends.
    func trimmingWhitespace() -> String {
        trimming(WhitespaceTrimming.isWhitespace)
    }

    /// The text without the spaces, tabs and line breaks at its ends.
    func trimmingWhitespaceAndNewlines() -> String {
        trimming { WhitespaceTrimming.isWhitespace($0) || WhitespaceTrimming.isNewline($0) }
    }

    private func trimming(_ isTrimmed: (Unicode.Scalar) -> Bool) -> String {
        guard let first = unicodeScalars.firstIndex(where: { !isTrimmed($0) }),
            let last = unicodeScalars.lastIndex(where: { !isTrimmed($0) })
        else { return "" }
        return String(Substring(unicodeScalars[first...last]))
    }
}

/// The scalars Foundation's `CharacterSet.whitespaces` and `.newlines` hold.
enum WhitespaceTrimming {
    /// A tab, a space separator (the space, the no-break space, the en and em spaces and their kin), or the
    /// zero-width space, which Foundation counts too.
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\t" || scalar == "\u{200B}" || scalar.properties.generalCategory == .spaceSeparator
    }

    /// A line feed, vertical tab, form feed, carriage return, next line, or line or paragraph separator.
    static func isNewline(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A...0x0D, 0x85, 0x2028, 0x2029: true
        default: false
        }
    }
}
