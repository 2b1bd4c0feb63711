/// The characters XML 1.0 forbids, which no rendered page or feed may contain.
///
/// Text from YAML (`"Acme\u0001"`), from Markdown or from a template may hold C0 control
/// characters; one of them makes a feed unparseable for every reader, and pages are served as
/// well-formed XML too. They carry no meaning on a status page, so they are dropped.
enum XMLCharacters {
    /// Whether XML allows `scalar`: tab, line feed and carriage return are the only C0 controls it
    /// allows, and U+FFFE and U+FFFF are not characters. (Surrogates never occur in a Swift string.)
    static func allows(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: true
        case 0x00...0x1F, 0xFFFE, 0xFFFF: false
        default: true
        }
    }

    /// `text` without the characters XML forbids.
    static func removingDisallowed(from text: String) -> String {
        guard !text.unicodeScalars.allSatisfy(allows) else { return text }
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: text.unicodeScalars.lazy.filter(allows))
        return String(scalars)
    }
}
