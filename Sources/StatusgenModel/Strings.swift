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

    /// `template` with each `{name}` replaced by `value(name)`, or kept when that is `nil`. Read byte by
    /// byte: braces and names are ASCII, which no byte of another character's UTF-8 can be taken for.
    private static func fill(_ template: String, _ value: (String) -> String?) -> String {
        let bytes = Array(template.utf8)
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count + 32)
        var rest = 0
        while let open = bytes[rest...].firstIndex(of: UInt8(ascii: "{")),
            let close = bytes[open...].firstIndex(of: UInt8(ascii: "}"))
        {
            let name = bytes[(open + 1)..<close]
            result += bytes[rest..<open]
            if !name.isEmpty, name.allSatisfy(isNameByte), let text = value(String(decoding: name, as: UTF8.self)) {
                result += text.utf8
            } else {
                result += bytes[open...close]
            }
            rest = close + 1
        }
        result += bytes[rest...]
        return String(decoding: result, as: UTF8.self)
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "_") || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
    }
}
