/// Plain email addresses (`local@domain`), as statusgen writes them in SMTP commands and headers.
public enum MailAddress {
    /// Whether `text` is a plain ASCII address with one `@`, a non-empty local part and a dotted domain,
    /// and nothing that would break an SMTP command or a header (spaces, angle brackets, quotes, commas).
    public static func isValid(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."), !parts[1].hasPrefix("."),
            !parts[1].hasSuffix(".")
        else { return false }
        return text.unicodeScalars.allSatisfy {
            $0.isASCII && $0.value > 32 && !"<>()[],;:\\\"".unicodeScalars.contains($0)
        }
    }
}
