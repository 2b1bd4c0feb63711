import Foundation

/// The JSON bodies of chat payloads: keys sorted, slashes unescaped, so that a payload is the same bytes
/// on every run and tests compare it as text.
enum JSONText {
    static func encode(_ object: [String: Any]) -> String {
        let data =
            (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes]))
        return data.flatMap { String(data: $0, encoding: .utf8) } ?? "{}"
    }
}
