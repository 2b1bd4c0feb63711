import StatusgenModel

/// The shape of an incident file's front matter, as decoded before it is checked.
struct IncidentFrontMatter: Decodable {
    var title: String
    var kind: IncidentKind?
    var impact: Impact?
    var components: [String: ComponentStatus]?
    var starts: Timestamp?
    var ends: Timestamp?
    /// `false` keeps every update of the incident out of notifications.
    var notify: Bool?

    enum CodingKeys: String, CodingKey, CaseIterable {
        case title, kind, impact, components, starts, ends, notify
    }
}
