// The Markdown of an update body to HTML and to the plain text of the feeds and the API, with the
// nesting limit checked first (cmark's plain-text renderer is super-linear in nesting depth).
import Foundation
import StatusgenCore

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzMarkdown(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let markdown = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    do {
        _ = try MarkdownRenderer.renderWithPlainText(markdown)
    } catch {
        let lines = markdown.reduce(into: 1) { count, character in if character.isNewline { count += 1 } }
        precondition((1...lines).contains(error.line), "nesting reported at line \(error.line) of \(lines)")
    }
    _ = MarkdownRenderer.levelTwoHeadings(in: markdown)
    return 0
}
