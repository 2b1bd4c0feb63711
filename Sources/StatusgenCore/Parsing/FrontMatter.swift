/// Splits a Markdown file into its YAML front matter and its body.
struct FrontMatter {
    /// The YAML text between the `---` lines.
    var yaml: String
    /// The 1-based line where the YAML text starts.
    var yamlFirstLine: Int
    /// Everything after the closing `---` line.
    var body: String
    /// The 1-based line where the body starts.
    var bodyFirstLine: Int

    /// Why a file has no usable front matter.
    enum Failure: Error, Equatable {
        case missingOpening
        case missingClosing
    }

    /// Splits `text`, which must open with a `---` line and close the front matter with another.
    static func split(_ text: String) throws(Failure) -> FrontMatter {
        // Markdown ends lines at "\r\n", "\r" or "\n"; so does this, so that its line numbers and cmark's agree.
        // (Swift also reads "\r\n" as one Character, which splitting on "\n" would never find.)
        let text =
            text.utf8.contains(UInt8(ascii: "\r"))
            ? text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n") : text
        var lines = lines(of: text)
        if let first = lines.first, first.hasPrefix("\u{FEFF}") { lines[0] = first.dropFirst() }
        guard let first = lines.first, isDelimiter(first) else { throw .missingOpening }
        guard let closing = lines.dropFirst().firstIndex(where: isDelimiter) else { throw .missingClosing }
        return FrontMatter(
            yaml: lines[1..<closing].joined(separator: "\n"),
            yamlFirstLine: 2,
            body: lines[(closing + 1)...].joined(separator: "\n"),
            bodyFirstLine: closing + 2)
    }

    /// The lines of `text`, which holds no "\r": what `split(separator: "\n",
    /// omittingEmptySubsequences: false)` gives, found by bytes rather than by Characters. Without "\r", a
    /// "\n" is a Character of its own, so the two split at the same places.
    static func lines(of text: String) -> [Substring] {
        text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map(Substring.init)
    }

    private static func isDelimiter(_ line: Substring) -> Bool {
        line.hasPrefix("---") && line.dropFirst(3).allSatisfy { $0 == " " || $0 == "\t" }
    }
}
