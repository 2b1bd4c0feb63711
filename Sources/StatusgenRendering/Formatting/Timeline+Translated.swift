import StatusgenModel

extension Timeline {
    /// The timeline as the pages in `language` tell it: each incident's title, summary, postmortem and update
    /// bodies from its translation into the language where there is one, and each update without a translation
    /// marked, to show in the original with a note; a title, summary or postmortem without one is marked too,
    /// to carry the original's language. The site's own words (title, components, groups, footer, notice)
    /// are those of `translations:` in the language, where given. The default language's timeline is this one.
    func translated(into language: SiteLanguage) -> Timeline {
        guard !language.isDefault else { return self }
        let translations = Dictionary(
            self.translations.filter { $0.locale == language.code }.map { ($0.incidentID, $0) }
        ) { first, _ in first }
        var timeline = self
        if let words = config.translations[language.code] {
            timeline.config = words.apply(to: config)
            timeline.components = components.map { state in
                var state = state
                state.component = words.apply(to: state.component)
                return state
            }
        }
        timeline.incidents = incidents.map { item in
            var item = item
            let translation = translations[item.id]
            if let title = translation?.title {
                item.incident.title = title
            } else {
                item.untranslated.insert(.title)
            }
            if let translation, !translation.summaryHTML.isEmpty {
                item.incident.summaryHTML = translation.summaryHTML
                item.incident.summaryText = translation.summaryText
            } else if !item.incident.summaryHTML.isEmpty {
                item.untranslated.insert(.summary)
            }
            if let postmortem = translation?.postmortemHTML {
                item.incident.postmortemHTML = postmortem
            } else if !(item.incident.postmortemHTML ?? "").isEmpty {
                item.untranslated.insert(.postmortem)
            }
            item.updates = item.updates.map { shown in
                var shown = shown
                if let translated = translation?.update(translating: shown.update, among: item.incident.updates) {
                    shown.update.bodyHTML = translated.bodyHTML
                    shown.update.bodyText = translated.bodyText
                } else {
                    shown.isUntranslated = !shown.update.bodyHTML.isEmpty
                }
                return shown
            }
            return item
        }
        return timeline
    }
}
