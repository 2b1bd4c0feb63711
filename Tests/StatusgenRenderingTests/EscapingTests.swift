import StatusgenModel
import Testing

@Suite("Escaping text for each output format")
struct EscapingTests {
    @Test(
        "markup escapes the five special characters, the apostrophe as XML or HTML knows it",
        arguments: [
            ("plain text", "plain text", "plain text"),
            (
                "a & b <c> \"d\" 'e'", "a &amp; b &lt;c&gt; &quot;d&quot; &apos;e&apos;",
                "a &amp; b &lt;c&gt; &quot;d&quot; &#39;e&#39;"
            ),
            ("\"\u{301} é", "&quot;\u{301} é", "&quot;\u{301} é"),
        ])
    func markup(text: String, xml: String, html: String) {
        #expect(MarkupEscaping.xml(text) == xml)
        #expect(MarkupEscaping.html(text) == html)
    }

    @Test(
        "JSON strings escape quotes, backslashes, control characters and line separators, other text as UTF-8",
        arguments: [
            ("", "\"\""),
            ("a\"b\\c\nd\re\tf", "\"a\\\"b\\\\c\\nd\\re\\tf\""),
            ("\u{01}\u{1F}\u{7F}", "\"\\u0001\\u001f\\u007f\""),
            ("a\u{2028}b\u{2029}c", "\"a\\u2028b\\u2029c\""),
            ("é/<☃", "\"é/<☃\""),
            // Other characters whose UTF-8 starts as the line separators' does, E2 80 or E2 elsewhere.
            ("\u{2027}†€→\u{202A}", "\"\u{2027}†€→\u{202A}\""),
        ])
    func json(text: String, expected: String) {
        #expect(JSONEscaping.quoted(text) == expected)
    }

    @Test(
        "CSV fields are quoted, quotes doubled, only with a comma, quote, line break or surrounding space",
        arguments: [
            ("smtp-uk", "smtp-uk"),
            ("Inbound mail (SMTP)", "Inbound mail (SMTP)"),
            ("SMTP, UK", "\"SMTP, UK\""),
            ("the \"main\" site", "\"the \"\"main\"\" site\""),
            ("two\nlines", "\"two\nlines\""),
            ("two\r\nlines", "\"two\r\nlines\""),
            ("page\u{0C}break", "\"page\u{0C}break\""),
            ("next\u{85}line", "\"next\u{85}line\""),
            ("line\u{2028}separator", "\"line\u{2028}separator\""),
            ("é\u{301} ☃", "é\u{301} ☃"),
            (" padded", "\" padded\""),
            ("padded ", "\"padded \""),
            ("", ""),
        ])
    func csv(text: String, expected: String) {
        #expect(CSVEscaping.field(text) == expected)
    }

    @Test(
        "iCalendar TEXT escapes backslash, semicolon, comma and line breaks, and drops other control characters",
        arguments: [
            ("a\\b;c,d", "a\\\\b\\;c\\,d"),
            ("e\nf\r\ng\rh", "e\\nf\\ng\\nh"),
            ("tab\tkept\u{01}\u{7F}", "tab\tkept"),
            ("Mail: 10:00", "Mail: 10:00"),
            ("é\u{301};☃,\r\n\u{1F}Ω", "é\u{301}\\;☃\\,\\nΩ"),
            ("\r\r\n\n", "\\n\\n\\n"),
        ])
    func ics(text: String, expected: String) {
        #expect(ICSEscaping.text(text) == expected)
    }
}
