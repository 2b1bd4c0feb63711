import CCmarkGFM
import Foundation
import StatusgenModel

/// Renders GitHub Flavored Markdown with cmark-gfm, the one place that talks to the C library.
///
/// Raw HTML is never passed through (cmark's safe mode; tagfilter is attached as a second line of
/// defence), and tables carry `style` attributes rather than `align`, so the HTML validates.
public enum MarkdownRenderer {
    /// A level-2 heading found in a document, with the lines it spans (1-based, inclusive).
    public struct Heading: Equatable, Sendable {
        /// The heading's text, without the `##` marker.
        public var text: String
        /// The first line of the heading in the document.
        public var startLine: Int
        /// The last line of the heading (a setext heading spans two).
        public var endLine: Int
    }

    /// Markdown nested more than `maximumNesting` levels deep (lists in lists, quotes, emphasis), which
    /// statusgen refuses: cmark's plain-text rendering takes time that grows with the square of the depth,
    /// and no reader can follow such text anyway.
    public struct NestingTooDeep: Error, Equatable, Sendable {
        /// The line, 1-based within the Markdown given, where the nesting passes the limit.
        public var line: Int
    }

    /// The deepest nesting of blocks and inlines statusgen renders.
    public static let maximumNesting = 64

    private static let extensionNames = ["table", "strikethrough", "autolink", "tasklist", "tagfilter"]
    private static let options = CMARK_OPT_DEFAULT | CMARK_OPT_TABLE_PREFER_STYLE_ATTRIBUTES

    /// The HTML fragment for `markdown`, and the same text as plain text for readers that show no markup
    /// (the JSON API, calendars): cmark's plain-text rendering, each paragraph on one line, no final line
    /// break, and a link's address in parentheses after its text ("docs (https://example.com/docs)").
    /// Throws `NestingTooDeep` for Markdown nested deeper than `maximumNesting`, before rendering it.
    public static func renderWithPlainText(_ markdown: String) throws(NestingTooDeep) -> (html: String, text: String) {
        let rendered: Result<(String, String), NestingTooDeep> = withDocument(markdown) { parser, document in
            if let line = lineBeyondMaximumNesting(in: document) { return .failure(NestingTooDeep(line: line)) }
            let extensions = cmark_parser_get_syntax_extensions(parser)
            var html = ""
            if let rendered = cmark_render_html(document, options, extensions) {
                html = labellingCheckboxes(in: String(cString: rendered), with: taskItemTexts(in: document))
                free(rendered)
            }
            appendLinkAddresses(in: document)
            var text = ""
            if let rendered = cmark_render_plaintext(document, options | CMARK_OPT_NOBREAKS, 0) {
                text = String(cString: rendered)
                free(rendered)
            }
            return .success((html, text.trimmingWhitespaceAndNewlines()))
        }
        return try rendered.get()
    }

    /// The start line of the first node nested deeper than `maximumNesting`, `nil` when there is none; in
    /// one pass over the document. cmark's iterator leaves a leaf node without an exit event, so a node is
    /// known to be a leaf when the event after its entry is neither its first child's entry nor its exit.
    private static func lineBeyondMaximumNesting(in document: OpaquePointer) -> Int? {
        guard let iterator = cmark_iter_new(document) else { return nil }
        defer { cmark_iter_free(iterator) }
        // The document itself is level 0.
        var depth = -1
        var entered: OpaquePointer?
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard let node = cmark_iter_get_node(iterator) else { continue }
            if let previous = entered {
                let isChild = event == CMARK_EVENT_ENTER && cmark_node_parent(node) == previous
                let isExit = event == CMARK_EVENT_EXIT && node == previous
                if !isChild && !isExit { depth -= 1 }
                entered = nil
            }
            if event == CMARK_EVENT_ENTER {
                depth += 1
                if depth > maximumNesting { return startLine(of: node) }
                entered = node
            } else if event == CMARK_EVENT_EXIT {
                depth -= 1
            }
        }
        return nil
    }

    /// The text of each task-list item (`- [ ] text`), in document order: the item's first block, whose text
    /// follows its checkbox.
    private static func taskItemTexts(in document: OpaquePointer) -> [String] {
        var texts: [String] = []
        guard let iterator = cmark_iter_new(document) else { return texts }
        defer { cmark_iter_free(iterator) }
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator),
                let type = cmark_node_get_type_string(node), String(cString: type) == "tasklist"
            else { continue }
            texts.append(cmark_node_first_child(node).map(plainText(of:)) ?? "")
        }
        return texts
    }

    /// cmark renders a task-list item's box as `<input type="checkbox" disabled="" />` with no name, which
    /// screen readers announce as a bare "checkbox"; each box gets its item's text as its name, so it is
    /// read as "Fail over, checkbox, checked" in the reader's own language. The boxes appear in the HTML in
    /// the order of `texts`; raw HTML is never passed through, so every such tag is a task's box.
    private static func labellingCheckboxes(in html: String, with texts: [String]) -> String {
        let box = "<input type=\"checkbox\""
        // Without task items there is no box; most text has none, and is spared Foundation's split, which copies
        // the text to UTF-16 and back.
        guard !texts.isEmpty else { return html }
        var pieces = html.components(separatedBy: box)
        guard pieces.count > 1 else { return html }
        for index in 1..<pieces.count {
            let text = index <= texts.count ? texts[index - 1] : ""
            pieces[index] = " aria-label=\"\(MarkupEscaping.html(text))\"" + pieces[index]
        }
        return pieces.joined(separator: box)
    }

    /// The line where `node` starts. The nodes that the autolink extension makes of an e-mail address have
    /// no position (line 0), so theirs is the nearest enclosing node's that has one.
    private static func startLine(of node: OpaquePointer) -> Int {
        var current: OpaquePointer? = node
        while let found = current {
            let line = Int(cmark_node_get_start_line(found))
            if line > 0 { return line }
            current = cmark_node_parent(found)
        }
        return 1
    }

    /// Puts " (URL)" after every link whose text is not its address, since plain text has no link targets.
    private static func appendLinkAddresses(in document: OpaquePointer) {
        var links: [(node: OpaquePointer, url: String)] = []
        guard let iterator = cmark_iter_new(document) else { return }
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator),
                cmark_node_get_type(node) == CMARK_NODE_LINK, let url = cmark_node_get_url(node)
            else { continue }
            links.append((node, String(cString: url)))
        }
        cmark_iter_free(iterator)
        for link in links {
            let text = plainText(of: link.node)
            guard !link.url.isEmpty, link.url != text, link.url != "mailto:" + text,
                let suffix = cmark_node_new(CMARK_NODE_TEXT)
            else { continue }
            cmark_node_set_literal(suffix, " (\(link.url))")
            if cmark_node_insert_after(link.node, suffix) == 0 { cmark_node_free(suffix) }
        }
    }

    /// The document's top-level level-2 headings, in order, with their plain text.
    public static func levelTwoHeadings(in markdown: String) -> [Heading] {
        withDocument(markdown) { _, document in
            var headings: [Heading] = []
            var node = cmark_node_first_child(document)
            while let current = node {
                if cmark_node_get_type(current) == CMARK_NODE_HEADING, cmark_node_get_heading_level(current) == 2 {
                    headings.append(
                        Heading(
                            text: plainText(of: current),
                            startLine: Int(cmark_node_get_start_line(current)),
                            endLine: Int(cmark_node_get_end_line(current))))
                }
                node = cmark_node_next(current)
            }
            return headings
        }
    }

    /// cmark-gfm adds its extensions to a global list without a lock, so two threads rendering their
    /// first documents at once could both register them, or look an extension up mid-change. A Swift
    /// static is initialised exactly once, before any thread goes on.
    private static let extensionsRegistered: Void = cmark_gfm_core_extensions_ensure_registered()

    /// Held while cmark-gfm parses. A parse switches the extensions' special characters (`~`, `:`, `w`)
    /// on in a table of the library's own, shared by every thread, and off again when it finishes; two
    /// parses at once would switch them off under each other and leave `~~struck~~` or `www.` links as
    /// plain text. Rendering a parsed document does not touch that table, so only parsing waits.
    private static let parsing = NSLock()

    private static func withDocument<Result>(
        _ markdown: String, _ body: (OpaquePointer, OpaquePointer) -> Result
    ) -> Result {
        _ = extensionsRegistered
        // cmark returns nil only when memory allocation fails.
        let parser = cmark_parser_new(options)!
        defer { cmark_parser_free(parser) }
        for name in extensionNames {
            if let syntaxExtension = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, syntaxExtension)
            }
        }
        var utf8 = Array(markdown.utf8)
        let document = parsing.withLock {
            utf8.withUnsafeMutableBufferPointer { buffer in
                buffer.baseAddress.map { base in
                    base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { chars in
                        cmark_parser_feed(parser, chars, buffer.count)
                    }
                }
            }
            return cmark_parser_finish(parser)!
        }
        defer { cmark_node_free(document) }
        return body(parser, document)
    }

    /// The concatenated literal text of a node's inline descendants.
    private static func plainText(of node: OpaquePointer) -> String {
        var text = ""
        guard let iterator = cmark_iter_new(node) else { return text }
        defer { cmark_iter_free(iterator) }
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard event == CMARK_EVENT_ENTER, let current = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(current)
            if type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK {
                text += " "
            } else if let literal = cmark_node_get_literal(current) {
                text += String(cString: literal)
            }
        }
        return text
    }
}
