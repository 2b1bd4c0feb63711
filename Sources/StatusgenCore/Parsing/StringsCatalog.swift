import StatusgenDefaults
import StatusgenModel

/// The languages a site can be written in: the built-in strings files (`templates/strings/` of the
/// statusgen repository) and the site's own, laid over them key by key.
///
/// English is complete and the base of every language: a key that a language's file or a site's
/// file leaves out is English. A site's `templates/strings/LOCALE.yml` changes the keys it names in
/// that language, or adds a language of its own.
public struct StringsCatalog: Sendable {
    /// The language of a site that does not say: English.
    public static let defaultLocale = "en"

    /// The built-in files, parsed once. They are checked by the tests, so they have no problems.
    private static let builtIn = parseAll(DefaultSiteFiles.stringsFiles)

    /// Every language there are strings for, sorted.
    public let locales: [String]
    /// Problems in the site's strings files: errors for files that cannot be read, warnings for
    /// keys and placeholders that statusgen does not know and for files that are not strings files.
    public let diagnostics: [Diagnostic]
    private let site: [String: [StringsParser.Entry]]

    /// The built-in strings with the site's strings files over them: the `templates/strings/LOCALE.yml`
    /// files among `site`, the site's input files.
    public init(site: [InputFile]) {
        let siteFiles = Self.stringsFiles(in: site)
        let parsed = Self.parseAll(siteFiles)
        self.site = parsed.entries
        locales = Self.locales(sitePaths: site.map(\.path))
        let ignored = site.filter { file in
            file.path.hasPrefix(SiteLayout.stringsFolder + "/") && !siteFiles.contains { $0.file.path == file.path }
        }
        diagnostics =
            Self.builtIn.diagnostics + parsed.diagnostics + Self.unknownNames(in: siteFiles, parsed.entries)
            + ignored.map { .warning("ignored: strings files end in .yml", at: SourceLocation(path: $0.path)) }
    }

    /// The key of a language's name in itself, which is not inherited from English.
    private static let languageNameKey = "language_name"

    /// The languages statusgen has strings files for, sorted.
    public static let builtInLocales = DefaultSiteFiles.stringsFiles.map(\.locale).sorted()

    /// The languages of the built-in files and of the site's own strings files among `sitePaths`, sorted,
    /// without reading them.
    public static func locales(sitePaths: [String]) -> [String] {
        Set(builtInLocales + sitePaths.compactMap(SiteLayout.stringsLocale)).sorted()
    }

    /// The strings files among `files`, each with the language it holds, sorted by path.
    private static func stringsFiles(in files: [InputFile]) -> [(locale: String, file: InputFile)] {
        files.sorted { $0.path < $1.path }.compactMap { file in
            SiteLayout.stringsLocale(of: file.path).map { ($0, file) }
        }
    }

    /// The strings of `locale`: English, then the built-in file of `locale`, then the site's file of `locale`.
    /// A language's name is never English's: a language whose files do not name it is called by its code.
    public func strings(for locale: String) -> Strings {
        var values: [String: String] = [Self.languageNameKey: locale]
        let layers = [Self.builtIn.entries[Self.defaultLocale], Self.builtIn.entries[locale], site[locale]]
        for (index, layer) in layers.enumerated() {
            for entry in layer ?? []
            where index > 0 || locale == Self.defaultLocale || entry.key != Self.languageNameKey {
                values[entry.key] = entry.text
            }
        }
        return Strings(locale: locale, values: values)
    }

    private static func parseAll(
        _ files: [(locale: String, file: InputFile)]
    ) -> (entries: [String: [StringsParser.Entry]], diagnostics: [Diagnostic]) {
        var entries: [String: [StringsParser.Entry]] = [:]
        var diagnostics: [Diagnostic] = []
        for (locale, file) in files {
            do {
                entries[locale] = try StringsParser().parse(file)
            } catch {
                diagnostics += error.diagnostics
            }
        }
        return (entries, diagnostics)
    }

    /// A warning for each key of a site's file that English does not have, and for each placeholder
    /// that the English text of its key does not have: statusgen would never use the one, and would
    /// print the other as written.
    private static func unknownNames(
        in files: [(locale: String, file: InputFile)], _ entries: [String: [StringsParser.Entry]]
    ) -> [Diagnostic] {
        var english: [String: String] = [:]
        for entry in builtIn.entries[defaultLocale] ?? [] { english[entry.key] = entry.text }
        let keys = english.keys.sorted()
        var warnings: [Diagnostic] = []
        for (locale, file) in files {
            for entry in entries[locale] ?? [] {
                let location = SourceLocation(path: file.path, line: entry.line)
                guard let base = english[entry.key] else {
                    warnings.append(
                        .warning(
                            "unknown key '\(entry.key)'" + Suggestion.hint(for: entry.key, among: keys), at: location))
                    continue
                }
                let known = Strings.placeholders(in: base)
                for name in Strings.placeholders(in: entry.text) where !known.contains(name) {
                    let hint = Suggestion.closest(to: name, among: known).map { " (did you mean '{\($0)}'?)" } ?? ""
                    warnings.append(.warning("unknown placeholder '{\(name)}' in '\(entry.key)'" + hint, at: location))
                }
            }
        }
        return warnings
    }
}
