import Testing

@testable import StatusgenCore

@Suite("Splitting an incident file into front matter and body")
struct FrontMatterTests {
    @Test(
        "finds the lines Character-wise splitting at \"\\n\" finds, marks and emoji after a line break included",
        arguments: [
            "", "\n", "\n\n", "a", "a\n", "\na", "a\nb\n\nc", "---\n\u{301}x\n---", "é\n\u{301}\n\u{200D}\n",
            "\u{1F469}\u{200D}\u{1F4BB}\n\u{1F1EC}\u{1F1E7}", "\u{FEFF}---\nx", "a\u{85}b\u{2028}c\nd", "\u{0}\n\u{7F}",
        ])
    func lines(text: String) {
        #expect(FrontMatter.lines(of: text) == text.split(separator: "\n", omittingEmptySubsequences: false))
    }

    @Test("gives the YAML and the body between and after the '---' lines, whatever the line breaks")
    func split() throws {
        for text in [
            "---\ntitle: T\n---\nBody\n", "---\r\ntitle: T\r\n---\r\nBody\r\n", "\u{FEFF}---\rtitle: T\r---\rBody\r",
        ] {
            let parts = try FrontMatter.split(text)
            #expect(parts.yaml == "title: T")
            #expect(parts.body == "Body\n")
            #expect(parts.bodyFirstLine == 4)
        }
    }
}
