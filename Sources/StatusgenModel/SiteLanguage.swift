/// One language a site is published in: its code, its name in itself, and where its pages go. The
/// default language's pages are at the site's root, every other language's below a folder of its code.
public struct SiteLanguage: Sendable, Equatable {
    /// The code, as in `statusgen.yml` and `<html lang>`: "en", "de".
    public let code: String
    /// The language's name in the language itself, for the language switcher: "Deutsch".
    public let name: String
    /// Whether this is the site's default language, whose pages are at the root.
    public let isDefault: Bool

    public init(code: String, name: String, isDefault: Bool) {
        self.code = code
        self.name = name
        self.isDefault = isDefault
    }

    /// The languages of a site published in `languages` (one `Strings` each, the default first).
    public static func all(_ languages: [Strings]) -> [SiteLanguage] {
        languages.enumerated().map { index, strings in
            SiteLanguage(code: strings.locale, name: strings.text("language_name"), isDefault: index == 0)
        }
    }

    /// The folder of the language's pages below the site root, ending in `/`: "" for the default
    /// language, "de/" for German.
    public var pathPrefix: String {
        isDefault ? "" : code + "/"
    }

    /// The path from the site root of the language's version of `path`, a path within a language:
    /// "incidents/x.html" is "de/incidents/x.html" in German.
    public func path(_ path: String) -> String {
        pathPrefix + path
    }

    /// The prefix from a page of this language to the site root, where the language-neutral files are (style
    /// sheet, API), given `root`, the prefix from the page to the language's own root: from "de/incidents/x.html",
    /// "../" reaches "de/" and "../../" the site root. An absolute `root` ("/status/de/") gives the absolute
    /// site root ("/status/").
    public func siteRoot(from root: String) -> String {
        guard !isDefault else { return root }
        guard root.hasPrefix("/") else { return root + "../" }
        return root.hasSuffix("/" + pathPrefix) ? String(root.dropLast(pathPrefix.count)) : root
    }

    /// "rtl" for a language written from right to left, else "ltr", for `<html dir>`.
    public var direction: String {
        Self.rightToLeft.contains(Self.primarySubtag(of: code)) ? "rtl" : "ltr"
    }

    /// The language of a code without its region or script, lowercased: "pt" of "pt-BR" or "pt_BR".
    public static func primarySubtag(of code: String) -> String {
        String(code.prefix { $0 != "-" && $0 != "_" }).lowercased()
    }

    /// Languages written from right to left, by their primary subtag: Arabic, Hebrew, Persian, Urdu,
    /// Pashto, Sindhi, Uyghur, Yiddish, Dhivehi, Central Kurdish, Syriac, N'Ko.
    private static let rightToLeft: Set<String> = [
        "ar", "he", "iw", "fa", "ur", "ps", "sd", "ug", "yi", "dv", "ckb", "syr", "nqo",
    ]

    /// Whether `code` can name the folder of a language's pages: letters, digits and '-', not starting with '-'.
    public static func isValidCode(_ code: String) -> Bool {
        !code.isEmpty && !code.hasPrefix("-")
            && code.unicodeScalars.allSatisfy {
                $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-")
            }
    }
}
