import Testing

@testable import StatusgenCore

@Suite("Slugs and YAML scalars of new incident files")
struct IncidentSlugTests {
    @Test(
        "A title becomes lowercase ASCII words joined by hyphens",
        arguments: [
            ("Mail flow stopped for UK customers", "mail-flow-stopped-for-uk-customers"),
            ("Webmail: can't sign in (502)", "webmail-cant-sign-in-502"),
            ("  Überweisungen   verzögert!  ", "uberweisungen-verzogert"),
            ("API — errors & timeouts", "api-errors-timeouts"),
            ("!!!", "incident"),
            ("日本語", "incident"),
            (
                "A very long title that goes on and on about many things that happened today",
                "a-very-long-title-that-goes-on-and-on-about-many"
            ),
        ])
    func slug(title: String, expected: String) {
        #expect(IncidentSlug.make(from: title, fallback: "incident") == expected)
        #expect(SiteID.isValid(expected))
    }

    @Test(
        "A title stays plain in YAML when that is safe, and is quoted otherwise",
        arguments: [
            ("Mail flow stopped (UK)", "Mail flow stopped (UK)"),
            ("Website down: 502 errors", "\"Website down: 502 errors\""),
            ("yes", "\"yes\""),
            ("404 pages", "\"404 pages\""),
            ("#1 \"quoted\" \\ back", "\"#1 \\\"quoted\\\" \\\\ back\""),
            ("- list?", "\"- list?\""),
            ("tab\there", "\"tab\\there\""),
            ("bell\u{07}", "\"bell\\u0007\""),
            ("line\u{2028}separator", "\"line\\u2028separator\""),
        ])
    func yamlScalar(title: String, expected: String) {
        #expect(YAMLScalar.write(title) == expected)
    }

    @Test("A quoted title reads back as the same text, control characters and line separators included")
    func yamlScalarReadsBack() throws {
        let title = "bell\u{07} \"quoted\" \\ line\u{2028}end: #1"
        let reader = YAMLReader(path: "incidents/x.md", firstLine: 2)
        let root = try reader.compose("title: " + YAMLScalar.write(title))
        #expect(reader.node(at: [.key("title")], in: root)?.string == title)
    }
}
