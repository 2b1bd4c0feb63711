import Foundation
import StatusgenModel
import Testing

@testable import StatusgenCore

@Suite("The notice and sla settings of statusgen.yml")
struct NoticeAndSLAConfigTests {
    /// A config whose lines from 5 on are `extra`.
    static func config(_ extra: String) -> String {
        "title: Status\nbase_url: https://status.example.com/\ntimezone: UTC\ncomponents: []\n\(extra)\n"
    }

    @Test("reads a notice with Markdown text, level and expiry")
    func notice() throws {
        let config = try ConfigParser().parse(
            Self.config(
                """
                notice:
                  text: Phone support moves to **+44 20 7946 0000** on [1 December](https://example.com/news).
                  level: warning
                  expires: 2026-12-01 09:00 Europe/London
                """))
        #expect(
            config.notice
                == SiteNotice(
                    html: "<p>Phone support moves to <strong>+44 20 7946 0000</strong> on"
                        + " <a href=\"https://example.com/news\">1 December</a>.</p>\n",
                    level: .warning, expires: ISO8601DateFormatter().date(from: "2026-12-01T09:00:00Z")))
    }

    @Test("reads a footer as Markdown; an empty one is none, and one nested too deep is an error at its line")
    func footer() throws {
        let config = try ConfigParser().parse(
            Self.config("footer: |\n  We watch **every** service.\n  [Contact](https://example.com/contact)"))
        #expect(
            config.footerHTML
                == "<p>We watch <strong>every</strong> service.\n<a href=\"https://example.com/contact\">Contact</a></p>\n"
        )
        #expect(try ConfigParser().parse(Self.config("footer: \"  \"")).footerHTML == nil)
        #expect(try ConfigParser().parse(Self.config("")).footerHTML == nil)
        let deep = String(repeating: "> ", count: MarkdownRenderer.maximumNesting + 2) + "deep"
        let error = #expect(throws: DiagnosticList.self) {
            try ConfigParser().parse(Self.config("footer: \"\(deep)\""))
        }
        #expect(
            error?.diagnostics.map(\.description)
                == [
                    "statusgen.yml:5: 'footer' is Markdown nested more than \(MarkdownRenderer.maximumNesting) levels deep"
                ])
    }

    @Test("has no notice, and leaves maintenance out of SLA figures, by default")
    func defaults() throws {
        let config = try ConfigParser().parse(Self.config(""))
        #expect(config.notice == nil)
        #expect(config.sla.excludeMaintenance)
    }

    @Test("a notice is of level info and never expires unless it says otherwise")
    func noticeDefaults() throws {
        let config = try ConfigParser().parse(Self.config("notice:\n  text: Hello"))
        #expect(config.notice == SiteNotice(html: "<p>Hello</p>\n", level: .info, expires: nil))
    }

    @Test("counts maintenance in SLA figures when told to")
    func includeMaintenance() throws {
        let config = try ConfigParser().parse(Self.config("sla:\n  exclude_maintenance: false"))
        #expect(!config.sla.excludeMaintenance)
    }

    @Test(
        "reports a bad notice or sla setting at its line",
        arguments: [
            (
                "notice:\n  text: Hello\n  expires: next week",
                "statusgen.yml:7: 'notice.expires': 'next week' is not a timestamp: use RFC 3339 such as 2026-11-24T10:52:00Z, or"
                    + " 2026-11-24 10:52 Europe/London"
            ),
            (
                "notice:\n  text: Hello\n  level: urgent",
                "statusgen.yml:7: 'notice.level': unknown value 'urgent': expected one of info, warning"
            ),
            (
                "notice:\n  text: '  '",
                "statusgen.yml:6: 'text' of 'notice' must not be empty (remove the notice instead)"
            ),
            ("notice:\n  txt: Hello", "statusgen.yml:6: unknown key 'txt' in notice (did you mean 'text'?)"),
            (
                "sla:\n  exclude_maintenance: sometimes",
                "statusgen.yml:6: 'sla.exclude_maintenance' must be true or false"
            ),
            (
                "sla:\n  exclude_maintenanse: true",
                "statusgen.yml:6: unknown key 'exclude_maintenanse' in sla (did you mean 'exclude_maintenance'?)"
            ),
        ])
    func badSetting(extra: String, expected: String) {
        let errors = diagnostics(of: { () throws(DiagnosticList) in try ConfigParser().parse(Self.config(extra)) })
        #expect(errors == [expected])
    }

    @Test("a notice is shown up to, not including, its expiry")
    func expiry() {
        let expires = Date(timeIntervalSince1970: 1_000_000)
        let notice = SiteNotice(html: "<p>Hello</p>\n", expires: expires)
        #expect(notice.isShown(at: expires.addingTimeInterval(-1)))
        #expect(!notice.isShown(at: expires))
        #expect(SiteNotice(html: "<p>Hello</p>\n").isShown(at: .distantFuture))
    }
}
