import Mustache
import Testing

@testable import StatusgenRendering

@Suite("Escaping {{values}}: Mustache's HTML escaping, byte for byte, by bytes")
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

    @Test("escapes as Mustache does", arguments: cases)
    func matchesMustache(text: String) throws {
        #expect(MustacheHTMLEscaping().escapeText(text) == (try Self.mustacheEscaped(text)))
    }

    @Test("escapes as Mustache does every text of up to three pieces: special characters, ASCII and marks")
    func matchesMustacheOnShortTexts() throws {
        let pieces = [
            "<", ">", "&", "\"", "'", "a", " ", "\n", "é", "\u{301}", "\u{200D}", "\u{600}", "☃", "\u{1F1EC}",
        ]
        let pairs = pieces.flatMap { first in pieces.map { first + $0 } }
        let triples = pairs.flatMap { pair in pieces.map { pair + $0 } }
        for text in pieces + pairs + triples {
            #expect(
                MustacheHTMLEscaping().escapeText(text) == (try Self.mustacheEscaped(text)), "\(text.debugDescription)")
        }
    }

    @Test("no Character but the five ASCII ones is one of them to Mustache, so non-ASCII bytes are never escaped")
    func onlyASCIISpecials() {
        let specials: Set<Character> = ["<", ">", "&", "\"", "'"]
        let equal = (0x80...0x10FFFF).compactMap(Unicode.Scalar.init).filter { specials.contains(Character($0)) }
        #expect(equal.isEmpty)
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
