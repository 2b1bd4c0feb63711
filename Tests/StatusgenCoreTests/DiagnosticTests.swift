import StatusgenModel
import Testing

@Suite("Diagnostics")
struct DiagnosticTests {
    static let line3 = SourceLocation(path: "incidents/a.md", line: 3)

    @Test("sort by path and line, then errors before warnings, then by message")
    func order() {
        let diagnostics: [Diagnostic] = [
            .warning("b", at: Self.line3),
            .error("z", at: Self.line3),
            .warning("a", at: Self.line3),
            .error("a", at: SourceLocation(path: "incidents/a.md", line: 4)),
            .error("a", at: SourceLocation(path: "components.md", line: 9)),
        ]
        #expect(
            diagnostics.sorted().map(\.description) == [
                "components.md:9: a",
                "incidents/a.md:3: z",
                "incidents/a.md:3: warning: a",
                "incidents/a.md:3: warning: b",
                "incidents/a.md:4: a",
            ])
    }

    @Test("an error and a warning with the same words at the same line are ordered, not equal")
    func severityBreaksTies() {
        let error = Diagnostic.error("same", at: Self.line3)
        let warning = Diagnostic.warning("same", at: Self.line3)
        #expect(error != warning)
        #expect(error < warning)
        #expect(!(warning < error))
    }

    @Test("a list has errors only when one of its diagnostics is an error")
    func hasErrors() {
        #expect(![Diagnostic]().hasErrors)
        #expect(![Diagnostic.warning("w", at: Self.line3)].hasErrors)
        #expect([Diagnostic.warning("w", at: Self.line3), .error("e", at: Self.line3)].hasErrors)
    }
}
