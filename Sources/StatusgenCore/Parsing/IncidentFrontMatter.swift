import Foundation
import StatusgenModel

/// The shape of an incident file's front matter, as decoded before it is checked.
struct IncidentFrontMatter: Decodable {
    var title: String
    var kind: IncidentKind?
    var impact: Impact?
    var components: [String: ComponentStatus]?
    var starts: Timestamp?
    var ends: Timestamp?

    enum CodingKeys: String, CodingKey, CaseIterable {
        case title, kind, impact, components, starts, ends
    }
}

/// A timestamp in front matter, in either form `TimestampParser` reads.
struct Timestamp: Decodable {
    var date: Date

    init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        do {
            date = try TimestampParser.parse(text)
        } catch {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: error.description)
        }
    }
}
