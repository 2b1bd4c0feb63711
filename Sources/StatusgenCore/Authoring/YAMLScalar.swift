import StatusgenModel

/// Writes a text as a YAML scalar: plain when that reads back as the same text, double-quoted otherwise.
public enum YAMLScalar {
    /// Words YAML 1.1 readers take for booleans or null.
    private static let reservedWords: Set<String> = ["true", "false", "yes", "no", "on", "off", "null", "y", "n"]

    /// `text` as a YAML scalar that reads back as exactly `text`.
    public static func write(_ text: String) -> String {
        // Double-quoted YAML reads JSON's escapes; U+2028 and U+2029 escaped keep the file free of the
        // line breaks YAMLReader refuses.
        isPlainSafe(text) ? text : JSONEscaping.quoted(text)
    }

    /// Plain only for text that starts with a letter, holds no character with a meaning in YAML, and is
    /// no reserved word: titles such as "Mail flow stopped (UK)" stay as written.
    private static func isPlainSafe(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, first.properties.isAlphabetic,
            let last = text.unicodeScalars.last, last != " ",
            !reservedWords.contains(text.lowercased())
        else { return false }
        return text.unicodeScalars.allSatisfy { scalar in
            scalar.properties.isAlphabetic || scalar.properties.numericType != nil
                || " .,()-_/'&!?+".unicodeScalars.contains(scalar)
        }
    }
}
