import StatusgenModel

/// The shape of an incident file's front matter, as decoded before it is checked.
struct IncidentFrontMatter: Decodable {
    var title: String
    var kind: IncidentKind?
    var impact: Impact?
    var components: [String: ComponentStatus]?
    /// Names of affected things that are not components, shown as written.
    var affectedText: [String]?
    /// Written by `statusgen import` to tell its own, unedited files from the operator's: not used by the build.
    var importHash: String?
    var starts: Timestamp?
    var ends: Timestamp?
    /// `false` keeps every update of the incident out of notifications.
    var notify: Bool?

    enum CodingKeys: String, CodingKey, CaseIterable {
        case title, kind, impact, components, starts, ends, notify
        case affectedText = "affected_text"
        case importHash = "import_hash"
    }
}
