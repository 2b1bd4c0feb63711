import Foundation
import StatusgenModel

/// `api/embed.json`: the words of the banner `embed.js` puts on a company's own website, in every language
/// of the site, so that the banner speaks the language of the page it is on rather than the English of the
/// API's `status.description`: for each component status, the status page's banner words when it is the
/// page's state (which the script works out from `summary.json` as `Timeline.pageState` does), and the label
/// of the close button:
///
/// `{"default": "en", "languages": {"en": {"operational": "All systems operational", "under_maintenance":
/// "Maintenance in progress", ..., "major_outage": "Major outage", "dismiss": "Dismiss"}, "de": {...}}}`
///
/// It lives under `api/`, which web servers let other origins read (as the script reads the API).
enum EmbedWords {
    static let path = "api/embed.json"

    /// The words of each language of `contexts`, the default first (there is at least one).
    static func render(_ contexts: [RenderingContext]) -> OutputFile {
        let languages: [(key: String, value: JSONValue)] = contexts.map { context in
            let strings = context.strings
            var words: [(key: String, value: JSONValue)] = ComponentStatus.allCases.map { status in
                (status.rawValue, .string(status.bannerPrefix(strings)))
            }
            words.append(("dismiss", .string(strings.text("embed_dismiss"))))
            return (context.language.code, .object(words))
        }
        let document = JSONValue.object([
            ("default", .string(contexts[0].language.code)), ("languages", .object(languages)),
        ])
        return OutputFile(path: path, contents: document.data())
    }
}
