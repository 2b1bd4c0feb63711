import Foundation
import StatusgenModel

/// The timeline being rendered, with the look-ups and formatters the view models share.
///
/// A class, shared rather than copied: every view model and planned page holds it, thousands of them in a
/// site's history, and a copy of all its fields would count a reference for each of them.
final class RenderingContext: Sendable {
    let timeline: Timeline
    let time: SiteTimeFormatter
    /// The words of the site's language.
    let strings: Strings
    /// The language of the pages being rendered.
    let language: SiteLanguage
    /// Every language of the site, the default first.
    let languages: [SiteLanguage]
    private let incidentsByID: [String: TimelineIncident]
    private let componentsByID: [String: Component]
    /// The positions in `timeline.incidents` of the incidents that name each component, by component id.
    private let naming: [String: [Int]]

    /// The context of a site in the one language of `strings`.
    convenience init(_ timeline: Timeline, _ strings: Strings) {
        let language = SiteLanguage(code: strings.locale, name: strings.text("language_name"), isDefault: true)
        self.init(timeline, strings, language: language, of: [language])
    }

    /// The context of the pages in `language`, one of the site's `languages`, written with `strings`.
    init(_ timeline: Timeline, _ strings: Strings, language: SiteLanguage, of languages: [SiteLanguage]) {
        self.timeline = timeline
        self.strings = strings
        self.language = language
        self.languages = languages
        self.time = SiteTimeFormatter(timeZone: timeline.config.timeZone, around: timeline.now, strings)
        self.incidentsByID = Dictionary(timeline.incidents.map { ($0.id, $0) }) { first, _ in first }
        self.componentsByID = Dictionary(timeline.config.components.map { ($0.id, $0) }) { first, _ in first }
        self.naming = timeline.incidents.positionsNamingEachComponent()
    }

    var config: SiteConfig { timeline.config }

    /// The absolute URL of the language's pages, ending in `/`: `base_url`, or `base_url` + "de/".
    var languageURL: String { config.baseURL + language.pathPrefix }

    /// `<html dir>` of the language's pages: always said on a site in several languages, and on a site in
    /// one language only when it is written right to left (left to right is the default).
    var htmlDirection: String? {
        languages.count > 1 || language.direction == "rtl" ? language.direction : nil
    }

    /// The incident or maintenance with `id`.
    func incident(withID id: String) -> TimelineIncident? {
        incidentsByID[id]
    }

    /// The incidents and maintenances that name the component with `id`, newest first.
    func incidents(naming id: String) -> [TimelineIncident] {
        (naming[id] ?? []).map { timeline.incidents[$0] }
    }

    /// The configured name of the component with `id`, or the id itself if it is unknown.
    func componentName(_ id: String) -> String {
        componentsByID[id]?.name ?? id
    }

    /// What `incident` affects, as the pages name it: its components' names, then its other affected
    /// names, joined ("Inbound mail (SMTP), Admin console"); empty when it names none.
    func affectedNames(of incident: Incident) -> String {
        (incident.components.map { componentName($0.id) } + incident.affectedText).joined(separator: ", ")
    }

    /// The path of an incident's page, relative to the site root.
    static func path(ofIncident id: String) -> String {
        "incidents/\(id).html"
    }

    /// The path of a component's page, relative to the site root.
    static func path(ofComponent id: String) -> String {
        "components/\(id).html"
    }

    /// An instant as shown on pages, with its UTC form for the `datetime` attribute.
    func timeViewModel(_ date: Date) -> TimeViewModel {
        TimeViewModel(text: time.dateTime(date), datetime: RFC3339.string(from: date))
    }
}
