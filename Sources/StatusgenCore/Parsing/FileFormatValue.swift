import StatusgenModel

/// An enumeration whose raw values are words of statusgen's file formats; decoding an unknown
/// word fails with a message that lists the accepted words and suggests the closest.
public protocol FileFormatValue: RawRepresentable<String>, CaseIterable, Decodable {}

extension FileFormatValue {
    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let word = try container.decode(String.self)
        guard let value = Self(rawValue: word) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: Self.unknownWordMessage(word))
        }
        self = value
    }

    /// "unknown value 'x': expected one of a, b, c (did you mean 'b'?)".
    static func unknownWordMessage(_ word: String, among words: [String] = allCases.map(\.rawValue)) -> String {
        "unknown value '\(word)': expected one of \(words.joined(separator: ", "))"
            + Suggestion.hint(for: word, among: words)
    }
}

extension ComponentStatus: FileFormatValue {}
extension Impact: FileFormatValue {}
extension IncidentKind: FileFormatValue {}
extension MonitorStatus: FileFormatValue {}
extension UpdateStatus: FileFormatValue {}
