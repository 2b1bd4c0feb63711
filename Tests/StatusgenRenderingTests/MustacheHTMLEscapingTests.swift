import Mustache
import Testing

@testable import StatusgenRendering

@Suite("Escaping {{values}}: Mustache's HTML entities, for every special character wherever it stands")
struct MustacheHTMLEscapingTests {
    /// What swift-mustache's own escaping makes of `text`.
    static func mustacheEscaped(_ text: String) throws -> String {
        try MustacheTemplate(string: "{{x}}").render(["x": text])
    }

    /// Text with special characters next to ASCII, to non-ASCII Characters, and inside larger Characters
    /// (a combining mark after, a prepended mark before, a joiner), and without any.
    static let cases = [
        "", "plain", "a & b <c> \"d\" 'e'", "<<>>&&\"\"''", "&amp; stays &amp;amp;", "é <b> ☃ & ü",
        "\"\u{301} onload=x", "x\u{301}\"", "<\u{338}", "\u{600}<", "a\u{200D}<", "<\u{200D}b", "\u{1F469}\u{200D}'",
        "'\u{1F1EC}\u{1F1E7}'", "\r\n<\r\n", "\u{85}&\u{2028}", "\u{1100}\u{1161}&", "tab\t<\t>", "\u{FEFF}&",
        "é\"é", "\u{65}\u{301}&\u{65}\u{301}", "&\u{E0100}", "€<€", "<\u{FE0F}", "\u{0}<\u{0}",
    ]

    /// The five escaped wherever they stand, scalar by scalar: what HTML needs in content and attributes.
    static func byScalars(_ text: String) -> String {
        text.unicodeScalars.map { scalar in
            switch scalar {
            case "<": "&lt;"
            case ">": "&gt;"
            case "&": "&amp;"
            case "\"": "&quot;"
            case "'": "&#39;"
            default: String(scalar)
            }
        }.joined()
    }

    /// Whether `text` has a special character that begins or ends a larger Character, which Mustache's own
    /// escaping leaves as it is.
    static func hidesSpecialCharacter(_ text: String) -> Bool {
        text.contains { character in
            character.unicodeScalars.count > 1
                && character.unicodeScalars.contains { "<>&\"'".unicodeScalars.contains($0) }
        }
    }

    /// Checks `text`: every special character escaped, and the bytes Mustache gave unless it left one.
    private func check(_ text: String) throws {
        let escaped = MustacheHTMLEscaping().escapeText(text)
        #expect(escaped == Self.byScalars(text), "\(text.debugDescription)")
        if escaped != (try Self.mustacheEscaped(text)) {
            #expect(Self.hidesSpecialCharacter(text), "\(text.debugDescription)")
        }
    }

    @Test("escapes every special character, and as Mustache does wherever it escapes them all", arguments: cases)
    func matchesMustache(text: String) throws {
        try check(text)
    }

    @Test("does so on every text of up to three pieces: special characters, ASCII and marks")
    func matchesMustacheOnShortTexts() throws {
        let pieces = [
            "<", ">", "&", "\"", "'", "a", " ", "\n", "é", "\u{301}", "\u{200D}", "\u{600}", "☃", "\u{1F1EC}",
        ]
        let pairs = pieces.flatMap { first in pieces.map { first + $0 } }
        let triples = pairs.flatMap { pair in pieces.map { pair + $0 } }
        for text in pieces + pairs + triples { try check(text) }
    }

    @Test("a quote followed by a combining mark cannot end an attribute, as it could with Mustache's escaping")
    func noAttributeInjection() throws {
        let title = "Down\"\u{301} onmouseover=alert(1)"
        #expect(try Self.mustacheEscaped(title).contains("\"\u{301} onmouseover"))
        let escaped = MustacheHTMLEscaping().escapeText(title)
        #expect(!escaped.unicodeScalars.contains("\""))
        #expect(escaped == "Down&quot;\u{301} onmouseover=alert(1)")
    }

    @Test(
        "the tag that selects it, on a line before a template, changes nothing the template renders",
        arguments: [
            "{{#items}}\n<li>{{.}}</li>\n{{/items}}\n", "  {{! comment }}\n<p>{{title}}</p>", "{{=<% %>=}}\n<%title%>",
            "{{^none}}\n  none\n{{/none}}", "", "\n\n{{title}}\n", "  {{title}}  \n", "{{{title}}} {{&title}}",
        ])
    func pragmaLeavesNoTrace(template: String) throws {
        MustacheHTMLEscaping.register()
        let values: [String: Any] = ["title": "<T & 'x'>", "items": ["a<", "b&"], "none": false]
        let plain = try MustacheTemplate(string: template).render(values)
        #expect(try MustacheTemplate(string: MustacheHTMLEscaping.pragma + template).render(values) == plain)
    }
}
