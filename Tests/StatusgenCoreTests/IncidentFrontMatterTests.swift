import Foundation
import StatusgenModel
import Testing
import Yams

@testable import StatusgenCore

@Suite("Incident front matter, read by hand as Yams's decoder reads it")
struct IncidentFrontMatterTests {
    /// The front matter as `YAMLDecoder` decodes it, which reading it by hand must match value for value
    /// and diagnostic for diagnostic.
    struct Decoded: Decodable {
        var title: String
        var kind: IncidentKind?
        var impact: Impact?
        var components: [String: ComponentStatus]?
        var affectedText: [String]?
        var importHash: String?
        var starts: Timestamp?
        var ends: Timestamp?
        var notify: Bool?

        enum CodingKeys: String, CodingKey {
            case title, kind, impact, components, starts, ends, notify
            case affectedText = "affected_text"
            case importHash = "import_hash"
        }
    }

    static let reader = YAMLReader(path: "incidents/x.md", firstLine: 2)

    /// What reading `yaml` gives: its fields, or its diagnostic with its line and kind.
    static func outcome(_ yaml: String, decoding: Bool) throws -> String {
        let root = try reader.compose(yaml)
        do {
            if decoding {
                let file = try reader.decode(Decoded.self, from: root)
                return describe(
                    file.title, file.kind, file.impact, file.components, file.affectedText, file.starts?.date,
                    file.ends?.date, file.notify)
            }
            let file = try IncidentFrontMatter(reading: root, with: reader)
            return describe(
                file.title, file.kind, file.impact, file.components, file.affectedText, file.starts, file.ends,
                file.notify)
        } catch {
            return "\(error.location.line ?? 0): \(error.message) (\(error.kind))"
        }
    }

    static func describe(
        _ title: String, _ kind: IncidentKind?, _ impact: Impact?, _ components: [String: ComponentStatus]?,
        _ affectedText: [String]?, _ starts: Date?, _ ends: Date?, _ notify: Bool?
    ) -> String {
        let components = components.map { $0.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" } }
        return "\(title)|\(String(describing: kind))|\(String(describing: impact))|\(String(describing: components))"
            + "|\(String(describing: affectedText))|\(String(describing: starts))|\(String(describing: ends))"
            + "|\(String(describing: notify))"
    }

    /// Front matter that exercises each rule of Yams's decoding: scalars of every style and type read as
    /// text, nulls, YAML 1.1 booleans, keys quoted or tagged, merge keys, anchors and aliases, wrong
    /// types at every level, unknown words, and several problems at once (the first key's is reported).
    static let cases: [String] = [
        "title: T\nimpact: minor",
        "title: \"Quoted\"\nimpact: minor",
        "title: 'single'\nimpact: minor",
        "title: 123\nimpact: minor",
        "title: 1.5\nimpact: minor",
        "title: true\nimpact: minor",
        "title: ~\nimpact: minor",
        "title: null\nimpact: minor",
        "title:\nimpact: minor",
        "title: [a, b]\nimpact: minor",
        "title: {a: b}\nimpact: minor",
        "title: |\n  multi\n  line\nimpact: minor",
        "title: >\n  folded\n  text\nimpact: minor",
        "title: !!int 5\nimpact: minor",
        "title: 2026-01-01\nimpact: minor",
        "\"title\": T\nimpact: minor",
        "!!str title: T\nimpact: minor",
        "!foo title: T\nimpact: minor",
        "!!int title: T\nimpact: minor",
        "? title\n: Complex\nimpact: minor",
        "impact: minor",
        "",
        "- a\n- b",
        "just text",
        "title: &t T\nimpact: minor\nimport_hash: *t",
        "title: T\nimpact: &i minor\nkind: *i",
        "<<: {title: Merged, impact: minor}",
        "<<: {title: Merged, impact: minor}\ntitle: Own",
        "title: Own\n<<: {title: Merged, impact: major}",
        "<<: [{title: A, impact: minor}, {title: B}]",
        "<<: [{title: A}, {title: B, impact: major}]",
        "<<: foo\ntitle: T\nimpact: minor",
        "\"<<\": {title: M}\ntitle: T\nimpact: minor",
        "<<: {<<: {title: Deep, impact: minor}}",
        "<<: {title: [x]}\nimpact: minor",
        "base: &b {title: B, impact: minor}\n<<: *b",
        "=: x\ntitle: T\nimpact: minor",
        "!!map {title: T, impact: minor}",
        "!foo {title: T, impact: minor}",
        "title: T\nimpact: minor\nkind: ~",
        "title: T\nimpact: minor\nkind: maintenance",
        "title: T\nimpact: minor\nkind: Maintenance",
        "title: T\nimpact: minor\nkind: [x]",
        "title: T\nimpact: minor\nkind: 'null'",
        "title: T\nimpact: minor\nkind: \"\"",
        "title: T\nimpact: MAJOR",
        "title: T\nimpact: 1",
        "title: T\nimpact: yes",
        "title: T\nimpact: '~'",
        "title: T\nimpact: minor\ncomponents: ~",
        "title: T\nimpact: minor\ncomponents: [website]",
        "title: T\nimpact: minor\ncomponents: {website: operational, api: major_outage}",
        "title: T\nimpact: minor\ncomponents: {website: ~}",
        "title: T\nimpact: minor\ncomponents: {website: [a]}",
        "title: T\nimpact: minor\ncomponents: {123: major_outage}",
        "title: T\nimpact: minor\ncomponents: {\"123\": major_outage}",
        "title: T\nimpact: minor\ncomponents: {yes: operational}",
        "title: T\nimpact: minor\ncomponents: {\"yes\": operational}",
        "title: T\nimpact: minor\ncomponents: {~: operational}",
        "title: T\nimpact: minor\ncomponents: {\"null\": operational}",
        "title: T\nimpact: minor\ncomponents: {=: operational}",
        "title: T\nimpact: minor\ncomponents: {\"=\": operational}",
        "title: T\nimpact: minor\ncomponents: {<<: {website: operational}, api: minor}",
        "title: T\nimpact: minor\ncomponents: {website: operational, <<: {website: bogus}}",
        "title: T\nimpact: minor\ncomponents: {<<: [{website: bogus}, {api: operational}]}",
        "title: T\nimpact: minor\ncomponents: {123: bogus}",
        "title: T\nimpact: minor\ncomponents: {-5: bogus}",
        "title: T\nimpact: minor\ncomponents: {1_000: bogus}",
        "title: T\nimpact: minor\ncomponents: {\"true\": operational}",
        "title: T\nimpact: minor\ncomponents: {? [a]: b}",
        "title: T\nimpact: minor\ncomponents: {yamlTag: bogus, yamlAnchor: bogus}",
        "title: T\nimpact: minor\ncomponents: {\"yamlTag\": bogus, !!str yamlAnchor: bogus}",
        "title: T\nimpact: minor\ncomponents: {!!str 123: operational}",
        "title: T\nimpact: minor\ncomponents: {!!int 123: operational}",
        "title: T\nimpact: minor\ncomponents: {!x api: operational}",
        "title: T\nimpact: minor\ncomponents: !foo {api: operational}",
        "title: T\nimpact: minor\ncomponents: {api: &s major_outage, website: *s}",
        "title: T\nimpact: minor\ncomponents: {'': operational}",
        "title: T\nimpact: minor\ncomponents: {oN: bogus, 0x1f: bogus}",
        "title: T\nimpact: minor\ncomponents: {12:30: bogus}",
        "title: T\nimpact: minor\ncomponents: 3",
        "title: T\nimpact: minor\naffected_text: [a, ' b ', '']",
        "title: T\nimpact: minor\naffected_text: x",
        "title: T\nimpact: minor\naffected_text: [[a]]",
        "title: T\nimpact: minor\naffected_text: [~, 1, true]",
        "title: T\nimpact: minor\naffected_text: ~",
        "title: T\nimpact: minor\naffected_text: [a, {b: c}]",
        "title: T\nimpact: minor\naffected_text: &l [a, b]\nimport_hash: *l",
        "title: T\nimpact: minor\nimport_hash: 123",
        "title: T\nimpact: minor\nimport_hash: {a: b}",
        "title: T\nimpact: minor\nstarts: 2026-12-10T10:00:00Z\nends: 2026-12-10 12:00 Europe/London",
        "title: T\nimpact: minor\nstarts: bogus",
        "title: T\nimpact: minor\nstarts: [a]",
        "title: T\nimpact: minor\nstarts: ~\nends: 2026-13-10T10:00:00Z",
        "title: T\nimpact: minor\nstarts: '2026-12-10T10:00:00Z'\nends: !!timestamp 2026-12-10T12:00:00Z",
        "title: T\nimpact: minor\nnotify: yes",
        "title: T\nimpact: minor\nnotify: Off",
        "title: T\nimpact: minor\nnotify: oN",
        "title: T\nimpact: minor\nnotify: tRUE",
        "title: T\nimpact: minor\nnotify: \"true\"",
        "title: T\nimpact: minor\nnotify: 1",
        "title: T\nimpact: minor\nnotify: ~",
        "title: T\nimpact: minor\nnotify: [a]",
        "title: T\nimpact: minor\nnotify: y",
        "title: T\nimpact: minor\nnotify: !!str true",
        "title: T\nimpact: minor\nnotify: !custom true",
        "impact: bogus\nkind: bogus",
        "title: [x]\nimpact: bogus",
        "title: T\nimpact: bogus\nkind: bogus\nnotify: maybe",
        "title: T\nimpact: minor\nnotify: maybe\nstarts: bogus",
        "title: T\nimpact: minor\naffected_text: x\ncomponents: {website: bogus}",
        "titl: T\nimpct: minor",
        "title: T\nimpact: minor\n1: one\nnull: x\ntrue: y",
    ]

    @Test("gives the values and the first diagnostic Yams's decoder gives", arguments: cases)
    func matchesDecoder(yaml: String) throws {
        #expect(try Self.outcome(yaml, decoding: false) == Self.outcome(yaml, decoding: true))
    }

    @Test("reads values as Yams's decoder did, and names the first problem in its place")
    func knownOutcomes() throws {
        let cases: [(String, String)] = [
            ("title: ~\nnotify: yes", "~|nil|nil|nil|nil|nil|nil|Optional(true)"),
            ("title: 123\nnotify: !custom oN", "123|nil|nil|nil|nil|nil|nil|Optional(true)"),
            ("title: T\nnotify: \"true\"", "3: 'notify' must be true or false (general)"),
            ("<<: {title: Merged}\nkind: ~", "Merged|nil|nil|nil|nil|nil|nil|nil"),
            ("\"<<\": {title: M}", "2: missing key 'title' (missingKey(\"title\", mapping: \"\"))"),
            (
                "title: T\ncomponents: {\"true\": operational}",
                "3: missing key 'true' (missingKey(\"true\", mapping: \"components\"))"
            ),
            (
                "title: T\ncomponents: {123: bogus}",
                "3: 'components[124]': unknown value 'bogus': expected one of operational, under_maintenance,"
                    + " degraded_performance, partial_outage, major_outage (general)"
            ),
            ("title: T\ncomponents: {yamlTag: bogus}", "T|nil|nil|Optional([])|nil|nil|nil|nil"),
            ("title: [x]\nimpact: bogus", "2: 'title' must be a single value, not a list or mapping (general)"),
        ]
        for (yaml, expected) in cases {
            #expect(try Self.outcome(yaml, decoding: false) == expected, "\(yaml)")
        }
    }

    @Test(
        "finds a key's tag as Yams's resolver gives it",
        arguments: [
            "title", "impact", "affected_text", "import_hash", "notify", "api-v2", "yes", "no", "true", "false", "on",
            "off", "null", "nul", "yes-no", "y", "n", "123", "0o17", "0x1f", "1e5", "-5", "+5", "1_000", "12:30",
            ".inf", ".5", "~", "", "<<", "=", "Yes", "NULL", "True", "2026-01-01", "a b", "yes\n", "é",
        ])
    func plainTag(text: String) {
        #expect(YAMLKey.plainTag(of: text) == Resolver.default.resolveTag(of: Node(text)).rawValue)
    }
}
