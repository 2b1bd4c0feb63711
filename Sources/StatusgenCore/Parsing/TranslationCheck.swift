import Foundation
import StatusgenModel

/// Holds each translation to its original: a translation into a language the site does not publish, or
/// of an incident that does not exist, is left out; an update left untranslated, a section under a
/// heading the original does not have, a summary or postmortem the original lacks, a section whose
/// status differs, or a title left as the original's, is reported. Each is a warning, at its line: a
/// translation that lags behind its original must never stop an urgent update.
struct TranslationCheck {
    let config: SiteConfig
    /// The originals, by id.
    let incidents: [String: Incident]
    /// The ids of the incidents whose files have errors: their translations are left out without a word,
    /// since the file's own errors say what is wrong.
    let failed: Set<String>

    init(config: SiteConfig, incidents: [Incident], failed: Set<String>) {
        self.config = config
        self.incidents = Dictionary(incidents.map { ($0.id, $0) }) { first, _ in first }
        self.failed = failed
    }

    /// The translations to publish, and a warning for each problem found.
    func check(_ translations: [IncidentTranslation]) -> (kept: [IncidentTranslation], warnings: [Diagnostic]) {
        var kept: [IncidentTranslation] = []
        var warnings: [Diagnostic] = []
        let others = Array(config.locales.dropFirst())
        for translation in translations {
            let location = translation.source
            guard others.contains(translation.locale) else {
                let known =
                    others.isEmpty
                    ? "the site has no other language" : "its others are \(others.joined(separator: ", "))"
                warnings.append(
                    .warning(
                        "not published: '\(translation.locale)' is not a language the site translates into (\(known)"
                            + " in 'locales' of statusgen.yml)", at: location))
                continue
            }
            guard let original = incidents[translation.incidentID] else {
                guard !failed.contains(translation.incidentID) else { continue }
                warnings.append(
                    .warning(
                        "not published: there is no \(SiteLayout.incidentPath(translation.incidentID)) to translate"
                            + Suggestion.hint(for: translation.incidentID, among: incidents.keys.sorted()),
                        at: location))
                continue
            }
            warnings += updateProblems(translation, of: original)
            // A summary or postmortem the original lacks would tell readers of one language more than the
            // others: left out, as a section under a heading the original lacks is.
            var translation = translation
            if !translation.summaryHTML.isEmpty, original.summaryHTML.isEmpty {
                warnings.append(
                    .warning(
                        "\(original.source.path) has no summary (text before its first update): the translation's"
                            + " is not shown", at: location))
                (translation.summaryHTML, translation.summaryText) = ("", "")
            }
            if translation.postmortemHTML != nil, original.postmortemHTML == nil {
                warnings.append(
                    .warning(
                        "\(original.source.path) has no '## Postmortem': the translation's is not shown", at: location))
                translation.postmortemHTML = nil
            }
            // `update --message LOCALE=` starts a translation's file with the original's title, for the
            // translator to replace: until then it is the original's, and shown as such.
            if translation.title == original.title {
                warnings.append(
                    .warning(
                        "the title is the original's, word for word: it is shown as the original's, in"
                            + " \(config.locales[0]), until it is translated (or the line is removed)",
                        at: location))
                translation.title = nil
            }
            kept.append(translation)
        }
        return (kept, warnings)
    }

    /// A warning for each update of `original` that `translation` leaves out, and for each of its sections
    /// that matches no update of the original or gives another status.
    private func updateProblems(_ translation: IncidentTranslation, of original: Incident) -> [Diagnostic] {
        let path = translation.source.path
        var warnings: [Diagnostic] = []
        let translating = original.updates.map { update in
            (update: update, translated: translation.update(translating: update, among: original.updates))
        }
        for (update, translated) in translating where translated == nil {
            warnings.append(
                .warning(
                    "no translation of the update '## \(RFC3339.string(from: update.time)) \(update.status.rawValue)'"
                        + " (\(original.source.path):\(update.line)): it is shown untranslated", at: translation.source)
            )
        }
        for update in translation.updates {
            let location = SourceLocation(path: path, line: update.line)
            let time = RFC3339.string(from: update.time)
            if let source = translating.first(where: { $0.translated?.line == update.line })?.update {
                // Shown; under another status only as the one section at a time of one update.
                if source.status != update.status {
                    warnings.append(
                        .warning(
                            "the update is '\(source.status.rawValue)' in \(original.source.path):\(source.line), not"
                                + " '\(update.status.rawValue)': its status comes from the original", at: location))
                }
                continue
            }
            let atTime = original.updates.filter { $0.time == update.time }
            let problem =
                if atTime.isEmpty {
                    "\(original.source.path) has no update at \(time)"
                } else if atTime.contains(where: { $0.status == update.status }) {
                    "\(original.source.path) has fewer '\(update.status.rawValue)' updates at \(time) than the translation"
                } else {
                    "\(original.source.path) has no '\(update.status.rawValue)' update at \(time), only "
                        + atTime.map { "'\($0.status.rawValue)'" }.joined(separator: ", ")
                }
            warnings.append(.warning(problem + ": this section is not shown", at: location))
        }
        return warnings
    }
}
