/// The `import_hash:` line that an import writes in the front matter of its incident files, so that a later
/// import can tell a file it wrote and nobody edited (safe to rewrite) from a file the operator changed.
///
/// The hash is FNV-1a (64 bits) of the file's text without that line: a check against edits, not a
/// protection against anyone.
public enum ImportHash {
    static let key = "import_hash: "

    /// `text`, an incident file whose front matter opens with `---\n`, with its hash line after the opening.
    public static func stamp(_ text: String) -> String {
        guard text.hasPrefix("---\n") else { return text }
        return "---\n" + key + hash(text) + "\n" + text.dropFirst(4)
    }

    /// Whether `text` carries a hash line and is, without it, exactly what the import wrote.
    public static func isUnedited(_ text: String) -> Bool {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let index = lines.firstIndex(where: { $0.hasPrefix(key) }), index < 20 else { return false }
        let written = String(lines[index].dropFirst(key.count))
        lines.remove(at: index)
        return hash(lines.joined(separator: "\n")) == written
    }

    private static func hash(_ text: String) -> String {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            value ^= UInt64(byte)
            value = value &* 0x0000_0100_0000_01b3
        }
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
