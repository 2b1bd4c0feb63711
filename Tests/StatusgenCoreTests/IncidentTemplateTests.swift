import Foundation
import StatusgenCore
import StatusgenModel
import Testing

@Suite("Incident templates")
struct IncidentTemplateTests {
    static let path = "templates/incidents/outage.md"
    static let outage = IncidentTemplate(
        path: path,
        text: """
            ---
            title: "{service} is unavailable"
            impact: major
            components:
              "{component}": major_outage
            ---
            {service} is down. Next update in {minutes} minutes; {braces} like {This} stay.

            """)

    @Test("lists its placeholders in order of appearance, each once, and not other text in braces")
    func placeholders() {
        #expect(Self.outage.name == "outage")
        #expect(Self.outage.placeholders == ["service", "component", "minutes", "braces"])
    }

    @Test("fills the front matter and the message, whatever the values hold")
    func filled() throws {
        let filled = try Self.outage.filled(with: [
            "service": "Mail: \"inbound\" #1", "component": "mail-inbound", "minutes": "30", "braces": "{x}",
        ])
        #expect(filled.title == "Mail: \"inbound\" #1 is unavailable")
        #expect(filled.kind == .incident)
        #expect(filled.impact == .major)
        #expect(filled.components == [AffectedComponent(id: "mail-inbound", status: .majorOutage)])
        #expect(filled.window == nil)
        #expect(filled.message == "Mail: \"inbound\" #1 is down. Next update in 30 minutes; {x} like {This} stay.")
    }

    @Test("a placeholder without a value is an error at its line, and a value without a placeholder too")
    func missingAndUnknown() {
        #expect(
            diagnostics { () throws(DiagnosticList) in
                try Self.outage.filled(with: ["service": "Mail", "minutes": "5", "braces": "", "compnent": "x"])
            } == [
                "\(Self.path): --set compnent: the template has no {compnent}; it has {service}, {component},"
                    + " {minutes}, {braces} (did you mean 'component'?)",
                "\(Self.path):5: no value for {component}: give --set component=TEXT",
            ])
    }

    @Test("a maintenance template gives its window, read after the values are filled in")
    func maintenance() throws {
        let template = IncidentTemplate(
            path: "templates/incidents/upgrade.md",
            text: "---\ntitle: Upgrade\nkind: maintenance\nstarts: \"{starts}\"\nends: \"{ends}\"\n---\nWork.\n")
        let filled = try template.filled(with: ["starts": "2026-12-01 22:00 UTC", "ends": "2026-12-02T01:00:00Z"])
        #expect(filled.kind == .maintenance)
        #expect(
            filled.window == MaintenanceWindow(starts: utc("2026-12-01T22:00:00Z"), ends: utc("2026-12-02T01:00:00Z")))
        #expect(
            diagnostics { () throws(DiagnosticList) in
                try template.filled(with: ["starts": "soon", "ends": "2026-12-02T01:00:00Z"])
            }.first?.hasPrefix("templates/incidents/upgrade.md:4: ") == true)
    }
}
