import Foundation
import Synchronization
import Testing

@testable import StatusgenCore

@Suite("Markdown")
struct MarkdownRendererTests {
    @Test("renders the same on many threads at once: strikethrough and autolinks are never lost")
    func concurrentParses() throws {
        let markdown =
            "~~Old plan~~ See www.example.com/status and ~~this~~ too.\n\n"
            + String(repeating: "More text. ", count: 200)
        let expected = try MarkdownRenderer.renderWithPlainText(markdown).html
        #expect(
            expected.contains("<del>Old plan</del>") && expected.contains("<a href=\"http://www.example.com/status\">"))
        let results = Mutex([String]())
        DispatchQueue.concurrentPerform(iterations: 2000) { _ in
            let html = (try? MarkdownRenderer.renderWithPlainText(markdown).html) ?? ""
            results.withLock { $0.append(html) }
        }
        #expect(results.withLock { $0.filter { $0 != expected }.count } == 0)
    }

    @Test("renders tables with style attributes rather than align")
    func table() {
        let html = renderHTML(
            """
            | Region | Delay |
            |:-------|------:|
            | UK     | 5 min |
            """)
        #expect(
            html == """
                <table>
                <thead>
                <tr>
                <th style="text-align: left">Region</th>
                <th style="text-align: right">Delay</th>
                </tr>
                </thead>
                <tbody>
                <tr>
                <td style="text-align: left">UK</td>
                <td style="text-align: right">5 min</td>
                </tr>
                </tbody>
                </table>

                """)
        #expect(!html.contains("align=\""))
    }

    @Test(
        "renders the GitHub extensions",
        arguments: [
            ("~~was down~~ back up", "<p><del>was down</del> back up</p>\n"),
            (
                "See https://status.example.com/ for news.",
                "<p>See <a href=\"https://status.example.com/\">https://status.example.com/</a> for news.</p>\n"
            ),
            (
                "Write to www.example.com today",
                "<p>Write to <a href=\"http://www.example.com\">www.example.com</a> today</p>\n"
            ),
        ])
    func extensions(markdown: String, expected: String) {
        #expect(renderHTML(markdown) == expected)
    }

    @Test(
        "names each task's checkbox after its item, so a screen reader reads the item and its state",
        arguments: [
            (
                "- [x] Fail over\n- [ ] Replay queue",
                "<ul>\n<li><input type=\"checkbox\" aria-label=\"Fail over\" checked=\"\" disabled=\"\" /> Fail over</li>\n"
                    + "<li><input type=\"checkbox\" aria-label=\"Replay queue\" disabled=\"\" /> Replay queue</li>\n</ul>\n"
            ),
            (
                "- [ ] Add *alerts* & a `\"check\"`\n  on [the store](https://x.example)\n  - [x] Nested",
                "<ul>\n<li><input type=\"checkbox\" aria-label=\"Add alerts &amp; a &quot;check&quot; on the store\" disabled=\"\" /> "
                    + "Add <em>alerts</em> &amp; a <code>&quot;check&quot;</code>\non <a href=\"https://x.example\">the store</a>\n"
                    + "<ul>\n<li><input type=\"checkbox\" aria-label=\"Nested\" checked=\"\" disabled=\"\" /> Nested</li>\n</ul>\n</li>\n</ul>\n"
            ),
            (
                "1. [x] Loose\n\n2. [ ] List",
                "<ol>\n<li><input type=\"checkbox\" aria-label=\"Loose\" checked=\"\" disabled=\"\" /> \n<p>Loose</p>\n</li>\n"
                    + "<li><input type=\"checkbox\" aria-label=\"List\" disabled=\"\" /> \n<p>List</p>\n</li>\n</ol>\n"
            ),
            (
                "`<input type=\"checkbox\">` in code",
                "<p><code>&lt;input type=&quot;checkbox&quot;&gt;</code> in code</p>\n"
            ),
        ])
    func taskLists(markdown: String, expected: String) {
        #expect(renderHTML(markdown) == expected)
    }

    @Test(
        "never passes raw HTML through",
        arguments: [
            ("Mail is <b>back</b>.", "<p>Mail is <!-- raw HTML omitted -->back<!-- raw HTML omitted -->.</p>\n"),
            ("<script>alert(1)</script>", "<!-- raw HTML omitted -->\n"),
            (
                "Text <script>alert(1)</script> more",
                "<p>Text <!-- raw HTML omitted -->alert(1)<!-- raw HTML omitted --> more</p>\n"
            ),
            ("<div onclick=\"x()\">\nhi\n</div>", "<!-- raw HTML omitted -->\n"),
            ("[click](javascript:alert(1))", "<p><a href=\"\">click</a></p>\n"),
            ("![x](javascript:alert(1))", "<p><img src=\"\" alt=\"x\" /></p>\n"),
        ])
    func rawHTML(markdown: String, expected: String) {
        let html = renderHTML(markdown)
        #expect(html == expected)
        #expect(!html.lowercased().contains("<script"))
    }

    @Test("escapes text for HTML")
    func escapes() {
        #expect(renderHTML("Q&A: 1 < 2 \"quoted\"") == "<p>Q&amp;A: 1 &lt; 2 &quot;quoted&quot;</p>\n")
        #expect(renderHTML("`<script>`") == "<p><code>&lt;script&gt;</code></p>\n")
    }

    @Test("renders nothing for empty text")
    func empty() {
        #expect(renderHTML("") == "")
        #expect(renderHTML("\n\n") == "")
    }

    @Test("finds top-level level-2 headings with their plain text and lines")
    func headings() {
        let markdown = """
            Summary.

            ## 2026-11-24T10:52:00Z investigating
            Text.

            ```
            ## inside fenced code
            ```

                ## inside indented code

            > ## inside a quote

            - ## inside a list

            ### Level three
            # Level one
            ## `2026-11-24T12:00:00Z` **resolved**
            Setext heading
            --------------
            """
        #expect(
            MarkdownRenderer.levelTwoHeadings(in: markdown) == [
                .init(text: "2026-11-24T10:52:00Z investigating", startLine: 3, endLine: 3),
                .init(text: "2026-11-24T12:00:00Z resolved", startLine: 18, endLine: 18),
                .init(text: "Setext heading", startLine: 19, endLine: 20),
            ])
    }

    @Test("finds no headings in text without any")
    func noHeadings() {
        #expect(MarkdownRenderer.levelTwoHeadings(in: "Just text.\n").isEmpty)
        #expect(MarkdownRenderer.levelTwoHeadings(in: "").isEmpty)
    }

    @Test("gives the same text without markup, each paragraph on one line and links with their address")
    func plainText() throws {
        let rendered = try MarkdownRenderer.renderWithPlainText(
            """
            Payments **work** again,
            see [the guide](https://acme.test/guide) or https://acme.test/help. <b>Raw</b>

            - [x] Add a route
            - `retry`
            """)
        #expect(
            rendered.html
                == renderHTML(
                    """
                    Payments **work** again,
                    see [the guide](https://acme.test/guide) or https://acme.test/help. <b>Raw</b>

                    - [x] Add a route
                    - `retry`
                    """))
        #expect(
            rendered.text
                == "Payments work again, see the guide (https://acme.test/guide) or https://acme.test/help. Raw\n\n"
                + "- [x] Add a route\n  - retry")
        #expect(try MarkdownRenderer.renderWithPlainText("").text == "")
    }

    @Test(
        "refuses Markdown nested past the limit, at the line where it passes it, and renders the limit itself",
        arguments: [
            // Each list marker opens a list and an item: 64,000 markers on one line.
            ("intro\n\n" + String(repeating: "- ", count: 64_000) + "x\n", 3),
            (String(repeating: "> ", count: 100_000) + "x\n", 1),
            ("a\nb\n" + String(repeating: "*", count: 20_000) + "x" + String(repeating: "*", count: 20_000), 3),
            // The text of an e-mail autolink one level past the limit: the extension gives its nodes no line.
            ("intro\n\n" + String(repeating: ">", count: 62) + ":>>.@r.i\n", 3),
            (String(repeating: ">", count: 62) + " mail ops@example.com\n", 1),
        ])
    func nestingTooDeep(markdown: String, line: Int) {
        #expect(throws: MarkdownRenderer.NestingTooDeep(line: line)) {
            try MarkdownRenderer.renderWithPlainText(markdown)
        }
    }

    @Test("renders nesting up to the limit: text in a paragraph inside 31 nested lists")
    func nestingAtTheLimit() throws {
        // 31 x (list, item), then the paragraph and its text: 64 levels below the document.
        let rendered = try MarkdownRenderer.renderWithPlainText(String(repeating: "- ", count: 31) + "deep\n")
        #expect(rendered.html.components(separatedBy: "<ul>").count == 32)
        #expect(rendered.text.hasSuffix("deep"))
        #expect(throws: MarkdownRenderer.NestingTooDeep(line: 1)) {
            try MarkdownRenderer.renderWithPlainText(String(repeating: "- ", count: 32) + "deep\n")
        }
    }
}

/// The HTML half of the renderer's output.
private func renderHTML(_ markdown: String) -> String {
    (try? MarkdownRenderer.renderWithPlainText(markdown).html) ?? ""
}
