/// The words of one language that pages and feeds are written in: the built-in English strings
/// with a language's and a site's own strings laid over them (`templates/strings/LOCALE.yml`).
///
/// Keys are flat (`last_updated`); a value may hold placeholders such as `{count}`, which the
/// methods below fill in; a key with plural forms exists as `KEY_one` (a count of 1, and of 0 in the
/// languages that say "0 incident") and `KEY_other`.
public struct Strings: Sendable {
    /// The language's code, as in `statusgen.yml` and in `<html lang>`: "en", "de".
    public let locale: String
    /// Every key with its text; all keys of the built-in English strings are present.
    public let values: [String: String]

    public init(locale: String, values: [String: String]) {
        self.locale = locale
        self.values = values
    }

    /// The text of `key` with its placeholders filled from `arguments`; a placeholder without an
    /// argument is kept as written. A key that does not exist gives the key itself, so that a
    /// mistake shows on the page instead of leaving a gap.
    public func text(_ key: String, _ arguments: [String: String] = [:]) -> String {
        let template = values[key] ?? key
        guard !arguments.isEmpty, template.utf8.contains(UInt8(ascii: "{")) else { return template }
        return Self.fill(template) { arguments[$0] }
    }

    /// The text of `KEY_one` when `count` is 1 (or 0 where the language says so), else of `KEY_other`,
    /// with `{count}` and `arguments` filled in.
    public func plural(_ key: String, count: Int, _ arguments: [String: String] = [:]) -> String {
        let isOne = count == 1 || (count == 0 && Self.zeroIsOne.contains(SiteLanguage.primarySubtag(of: locale)))
        let filled = arguments.merging(["count": String(count)]) { first, _ in first }
        return text(key + (isOne ? "_one" : "_other"), filled)
    }

    /// The languages whose "one" form also counts 0, by CLDR's plural rules ("i = 0,1"): "0 incident" in French.
    private static let zeroIsOne: Set = ["fr", "ff", "hy", "kab"]

    /// The names of the placeholders in `text`, in order: "{count} days ago" has "count".
    public static func placeholders(in text: String) -> [String] {
        var names: [String] = []
        _ = fill(text) { name in
            names.append(name)
            return nil
        }
        return names
    }

    /// `template` with each `{name}` replaced by `value(name)`, or kept when that is `nil`.
    private static func fill(_ template: String, _ value: (String) -> String?) -> String {
        var result = ""
        var rest = template[...]
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            let name = rest[rest.index(after: open)..<close]
            result += rest[..<open]
            let isName = !name.isEmpty && name.allSatisfy { $0 == "_" || ("a"..."z").contains($0) }
            if isName, let text = value(String(name)) {
                result += text
            } else {
                result += rest[open...close]
            }
            rest = rest[rest.index(after: close)...]
        }
        return result + rest
    }
}
