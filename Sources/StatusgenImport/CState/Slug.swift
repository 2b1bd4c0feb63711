/// Turns names into statusgen ids (`[a-z0-9-]+`): "Media Proxy" -> "media-proxy".
enum Slug {
    /// `name` in lower case, with every run of other characters made one `-`; empty when nothing is left.
    static func make(_ name: String) -> String {
        var slug = ""
        for scalar in name.lowercased().unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                slug.unicodeScalars.append(scalar)
            } else if !slug.isEmpty, !slug.hasSuffix("-") {
                slug += "-"
            }
        }
        while slug.hasSuffix("-") { slug.removeLast() }
        return slug
    }

    /// `base`, or `base-2`, `base-3`... whichever is not in `taken`.
    static func unique(_ base: String, avoiding taken: Set<String>) -> String {
        guard taken.contains(base) else { return base }
        var number = 2
        while taken.contains("\(base)-\(number)") { number += 1 }
        return "\(base)-\(number)"
    }
}
