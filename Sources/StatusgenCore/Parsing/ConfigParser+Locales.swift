import StatusgenModel
import Yams

extension ConfigParser {
    /// The site's languages, the default first: `locales:`, or the one `locale:` names, or English.
    /// Each must have strings, none may repeat, and a site names its languages one way only.
    func readLocales(
        _ file: ConfigFile, reader: YAMLReader, root: Node, problems: inout [Diagnostic]
    ) -> [String] {
        func report(_ message: String, at path: [YAMLReader.PathElement]) {
            problems.append(.error(message, at: reader.location(of: path, in: root)))
        }
        guard let list = file.locales else {
            let locale = file.locale ?? StringsCatalog.defaultLocale
            if let problem = unknownLocaleProblem(locale) { report(problem, at: [.key("locale")]) }
            return [locale]
        }
        if file.locale != nil {
            report(
                "'locale' and 'locales' both name the site's language: keep 'locales', whose first entry is the default",
                at: [.key("locale")])
        }
        guard !list.isEmpty else {
            report("'locales' must name at least one language, the default first", at: [.key("locales")])
            return [StringsCatalog.defaultLocale]
        }
        var seen: Set<String> = []
        for (index, locale) in list.enumerated() {
            let at: [YAMLReader.PathElement] = [.key("locales"), .index(index)]
            if !seen.insert(locale).inserted {
                report("'\(locale)' is listed twice in 'locales'", at: at)
            } else if let problem = unknownLocaleProblem(locale) {
                report(problem, at: at)
            } else if !SiteLanguage.isValidCode(locale) {
                report(
                    "'\(locale)' cannot name the folder of a language's pages: use only letters, digits and '-'",
                    at: at)
            }
        }
        return list
    }

    /// Why `locale` cannot be a language of the site, `nil` when it can.
    private func unknownLocaleProblem(_ locale: String) -> String? {
        guard !locales.contains(locale) else { return nil }
        return "unknown locale '\(locale)'" + Suggestion.hint(for: locale, among: locales)
            + ": known are \(locales.joined(separator: ", ")); add templates/strings/\(locale).yml for another language"
    }
}
