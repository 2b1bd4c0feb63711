import Foundation
import Testing

@testable import StatusgenCore

@Suite("Trimming whitespace as Foundation does")
struct WhitespaceTrimmingTests {
    @Test("holds the scalars Foundation's whitespace and newline sets hold, and no others")
    func sameScalars() {
        let scalars = (0...0x10FFFF).compactMap(Unicode.Scalar.init)
        let whitespace = scalars.filter { WhitespaceTrimming.isWhitespace($0) != CharacterSet.whitespaces.contains($0) }
        let newline = scalars.filter { WhitespaceTrimming.isNewline($0) != CharacterSet.newlines.contains($0) }
        #expect(whitespace.isEmpty)
        #expect(newline.isEmpty)
    }

    @Test(
        "trims what Foundation trims, a mark after a space or a line break included",
        arguments: [
            "", " ", "\t\n", "a", "  a b  ", "\u{A0}\u{3000}x\u{2003}", " \u{301}x ", "x \u{301}", "\n x \n",
            "\r\n\u{85}x\u{2028}",
            "\u{200B}x\u{200B}", "\u{FEFF}x", "é", " \u{1F469}\u{200D}\u{1F4BB} ", "\u{1680}\u{202F}\u{205F}",
        ])
    func sameTrimming(text: String) {
        #expect(text.trimmingWhitespace() == text.trimmingCharacters(in: .whitespaces))
        #expect(text.trimmingWhitespaceAndNewlines() == text.trimmingCharacters(in: .whitespacesAndNewlines))
        #expect(text.dropFirst(0).trimmingWhitespace() == text.trimmingCharacters(in: .whitespaces))
    }
}
