/// A text cut into lines that keep their own line ends ("\n", "\r\n" or "\r"), so that joining the lines
/// gives back every byte, and edits can replace or insert whole lines and leave the rest as written.
struct TextLines {
    /// The lines, each with its line end (the last one may have none).
    var lines: [String]

    init(_ text: String) {
        var lines: [String] = []
        var current = String.UnicodeScalarView()
        var scalars = text.unicodeScalars.makeIterator()
        var pending = scalars.next()
        while let scalar = pending {
            pending = scalars.next()
            current.append(scalar)
            if scalar == "\r", pending == "\n" {
                current.append("\n")
                pending = scalars.next()
            }
            if scalar == "\n" || scalar == "\r" {
                lines.append(String(current))
                current = String.UnicodeScalarView()
            }
        }
        if !current.isEmpty { lines.append(String(current)) }
        self.lines = lines
    }

    /// The whole text.
    var text: String { lines.joined() }

    /// The line end this text uses (that of its first line), so that added lines match it.
    var lineEnd: String {
        guard let first = lines.first else { return "\n" }
        return Self.lineEnd(of: first).isEmpty ? "\n" : Self.lineEnd(of: first)
    }

    /// The line end of `line`, or "" for a last line without one.
    static func lineEnd(of line: String) -> String {
        if line.hasSuffix("\r\n") { return "\r\n" }
        if line.hasSuffix("\n") { return "\n" }
        if line.hasSuffix("\r") { return "\r" }
        return ""
    }

    /// `line` without its line end.
    static func content(of line: String) -> String {
        let scalars = line.unicodeScalars
        return String(scalars.dropLast(lineEnd(of: line).unicodeScalars.count))
    }

    /// `text` as lines without line ends, whatever line ends it uses.
    static func contents(of text: String) -> [String] {
        TextLines(text).lines.map(content(of:))
    }
}
