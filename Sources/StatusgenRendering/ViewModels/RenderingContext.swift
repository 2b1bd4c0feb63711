import Foundation
import StatusgenModel

/// The timeline being rendered, with the look-ups and formatters the view models share.
struct RenderingContext {
    let timeline: Timeline
    let time: SiteTimeFormatter
    /// The words of the site's language.
    let strings: Strings
    private let incidentsByID: [String: TimelineIncident]
    private let componentsByID: [String: Component]

    init(_ timeline: Timeline, _ strings: Strings) {
        self.timeline = timeline
        self.strings = strings
        self.time = SiteTimeFormatter(timeZone: timeline.config.timeZone, around: timeline.now, strings)
        self.incidentsByID = Dictionary(timeline.incidents.map { ($0.id, $0) }) { first, _ in first }
        self.componentsByID = Dictionary(timeline.config.components.map { ($0.id, $0) }) { first, _ in first }
    }

    var config: SiteConfig { timeline.config }

    /// The incident or maintenance with `id`.
    func incident(withID id: String) -> TimelineIncident? {
        incidentsByID[id]
    }

    /// The configured name of the component with `id`, or the id itself if it is unknown.
    func componentName(_ id: String) -> String {
        componentsByID[id]?.name ?? id
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
