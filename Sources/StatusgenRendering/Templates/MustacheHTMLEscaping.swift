import Mustache
import StatusgenModel

/// The escaping of `{{value}}` in every template: `MarkupEscaping.html`, the site's one escaping for HTML,
/// in place of swift-mustache's own. That gives the same entities (`&lt;`, `&gt;`, `&amp;`, `&quot;`,
/// `&#39;`) but looks every Character up in a dictionary, which cost a tenth of a build, and it leaves a
/// special character that begins a larger Character as it is: `"` followed by a combining mark ended an
/// attribute value, so a title such as `Down"\u{301} onmouseover=…` could add an attribute to the page.
struct MustacheHTMLEscaping: MustacheContentType {
    /// The name templates select it by.
    static let name = "statusgen-html"

    /// The tag that selects this escaping for the rest of a template. On a line of its own before the
    /// template's text it leaves no trace: Mustache drops a line that holds only a tag, and reads the next
    /// line as the start of the text.
    static let pragma = "{{% CONTENT_TYPE: \(name)}}\n"

    /// Makes `name` known to Mustache, whose parser looks it up when it reads `pragma`.
    static func register() {
        MustacheContentTypes.register(MustacheHTMLEscaping(), named: name)
    }

    func escapeText(_ text: String) -> String {
        MarkupEscaping.html(text)
    }
}
