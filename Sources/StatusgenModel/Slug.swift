import Foundation

/// Turns names and titles into ids of the form `[a-z0-9-]+`: "Mail flow stopped (UK)" -> "mail-flow-stopped-uk".
public enum Slug {
    /// `text` in lower-case ASCII letters and digits, every run of other characters made one `-`: accents
    /// are dropped ("Zürich" -> "zurich") and apostrophes left out ("Can't" -> "cant", which reads better
    /// than "can-t"). Empty when no letter or digit is left.
    public static func make(_ text: String) -> String {
        let folded = text.folding(
            options: [.diacriticInsensitive, .caseInsensitive], locale: Locale(identifier: "en_US_POSIX"))
        var slug = ""
        for scalar in folded.unicodeScalars {
            switch scalar {
            case "a"..."z", "0"..."9": slug.unicodeScalars.append(scalar)
            case "'", "\u{2019}": continue
            default: if !slug.isEmpty && !slug.hasSuffix("-") { slug += "-" }
            }
        }
        while slug.hasSuffix("-") { slug.removeLast() }
        return slug
    }

    /// `base`, or `base-2`, `base-3`... whichever is not in `taken`.
    public static func unique(_ base: String, avoiding taken: Set<String>) -> String {
        guard taken.contains(base) else { return base }
        var number = 2
        while taken.contains("\(base)-\(number)") { number += 1 }
        return "\(base)-\(number)"
    }
}
