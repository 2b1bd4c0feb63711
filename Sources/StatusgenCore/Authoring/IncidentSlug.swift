import Foundation
import StatusgenModel

/// Makes the readable part of a new incident's id from its title: "Mail flow stopped (UK)" -> "mail-flow-stopped-uk".
public enum IncidentSlug {
    /// The longest slug; a longer title is cut at a word boundary, since the id is part of every link.
    static let maximumLength = 50

    /// The slug for `title`: lowercase ASCII letters and digits joined by single hyphens; `fallback` when
    /// the title has no letter or digit that fits.
    public static func make(from title: String, fallback: String) -> String {
        var slug = Slug.make(title)
        if slug.count > maximumLength {
            let cut = slug.prefix(maximumLength + 1)
            slug = String(cut.lastIndex(of: "-").map { cut[..<$0] } ?? cut.prefix(maximumLength))
        }
        return slug.isEmpty ? fallback : slug
    }
}
