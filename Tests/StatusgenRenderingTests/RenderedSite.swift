import Foundation
import StatusgenModel
import StatusgenRendering

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The files a timeline renders to with the built-in templates, looked up by path.
struct RenderedSite {
    let files: [OutputFile]

    init(_ timeline: Timeline = Fixture.timeline, templates: TemplateSet = .builtIn, strings: Strings = Fixture.english)
        throws
    {
        files = try SiteRenderer(templates: templates).render(timeline, strings: strings)
    }

    var paths: [String] { files.map(\.path) }

    /// The text of the file at `path`, or "" when there is none.
    func text(_ path: String) -> String {
        files.first { $0.path == path }.map { String(decoding: $0.contents, as: UTF8.self) } ?? ""
    }

    /// The text from the first `start` after `anchor` (or after the beginning when `anchor` is empty)
    /// through the following `end`.
    func excerpt(_ path: String, after anchor: String, from start: String, to end: String) -> String {
        let text = text(path)
        let from = anchor.isEmpty ? text.startIndex : text.range(of: anchor)?.lowerBound
        guard let from, let startRange = text.range(of: start, range: from..<text.endIndex),
            let endRange = text.range(of: end, range: startRange.upperBound..<text.endIndex)
        else { return "" }
        return String(text[startRange.lowerBound..<endRange.upperBound])
    }
}

/// Parses a document as XML and keeps the first error.
final class XMLCheck: NSObject, XMLParserDelegate {
    private(set) var error: String?
    private(set) var elements: [(name: String, attributes: [String: String])] = []
    private var text = ""
    /// The children of each `<item>` element (as in RSS), by name with their text, in document order.
    private(set) var items: [[String: String]] = []
    private var stack: [String] = []
    private var pendingItem: [String: String] = [:]

    /// Whether `data` is well-formed XML; `error` says why not.
    @discardableResult
    func parse(_ data: Data) -> Bool {
        let parser = XMLParser(data: data)
        parser.delegate = self
        let ok = parser.parse()
        if !ok, error == nil { error = parser.parserError.map { "\($0)" } ?? "unknown error" }
        return ok
    }

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        elements.append((name, attributes))
        stack.append(name)
        text = ""
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        text += string
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        stack.removeLast()
        if name == "item" {
            items.append(pendingItem)
            pendingItem = [:]
        } else if stack.last == "item" {
            pendingItem[name] = text
        }
        text = ""
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
        if error == nil { error = "line \(parser.lineNumber): \(parseError)" }
    }
}
