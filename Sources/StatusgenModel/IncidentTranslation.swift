/// An incident's or maintenance's texts in another language, from `incidents/ID.LOCALE.md`: the title and
/// the update bodies under the same update headings as the original. Times, statuses, components and
/// everything else come from the original.
public struct IncidentTranslation: Sendable {
    /// The id of the original, `incidents/ID.md`.
    public var incidentID: String
    /// The language: "de".
    public var locale: String
    /// The translated title, `nil` when the file has none.
    public var title: String?
    /// The translated summary above the updates, as HTML (empty when the file has none).
    public var summaryHTML: String
    /// The same summary as plain text, for the calendar and a page's description.
    public var summaryText: String
    /// The translated postmortem, as HTML, if the file has one.
    public var postmortemHTML: String?
    /// The translated updates, in time order, each with the time and status of its heading.
    public var updates: [IncidentUpdate]
    /// Where the translation was read from.
    public var source: SourceLocation

    public init(
        incidentID: String, locale: String, title: String?, summaryHTML: String, summaryText: String,
        postmortemHTML: String?, updates: [IncidentUpdate], source: SourceLocation
    ) {
        self.incidentID = incidentID
        self.locale = locale
        self.title = title
        self.summaryHTML = summaryHTML
        self.summaryText = summaryText
        self.postmortemHTML = postmortemHTML
        self.updates = updates
        self.source = source
    }

    /// The translated update of `update`, one of the original's `updates`: the section under the same
    /// heading (time and status), the first such section for the first such update, and so on, so that
    /// updates at the same second each get their own; or, when the original has only this update at that
    /// time and the translation one section, that section whatever status its heading gives.
    public func update(translating update: IncidentUpdate, among original: [IncidentUpdate]) -> IncidentUpdate? {
        let sameHeading = { (other: IncidentUpdate) in other.time == update.time && other.status == update.status }
        if let rank = original.filter(sameHeading).firstIndex(where: { $0.sameSecondIndex == update.sameSecondIndex }),
            case let translated = updates.filter(sameHeading), rank < translated.count
        {
            return translated[rank]
        }
        let atTime = updates.filter { $0.time == update.time }
        guard atTime.count == 1, original.count(where: { $0.time == update.time }) == 1 else { return nil }
        return atTime[0]
    }
}
