import Testing

@testable import StatusgenNotify

@Suite("MIME encodings")
struct MailEncodingTests {
    @Test("ASCII header text is left as it is")
    func asciiHeader() {
        #expect(EncodedWord.header("[Identified] Mail flow delayed") == "[Identified] Mail flow delayed")
    }

    @Test("non-ASCII text becomes UTF-8 Q encoded-words, as RFC 2047's 'Keld Jørn Simonsen' example")
    func encodedWord() {
        #expect(EncodedWord.header("Keld Jørn Simonsen") == "=?UTF-8?Q?Keld_J=C3=B8rn_Simonsen?=")
    }

    @Test("long encoded text is split into words of at most 75 characters, never inside a character")
    func longEncodedWords() {
        let words = EncodedWord.header(String(repeating: "Störung ", count: 12)).components(separatedBy: "\r\n ")
        #expect(words.count > 1)
        for word in words {
            #expect(word.count <= 75)
            #expect(word.hasPrefix("=?UTF-8?Q?") && word.hasSuffix("?="))
            #expect(!word.dropLast(2).hasSuffix("=C3"))
        }
    }

    @Test("a display name is a quoted string with its quotes escaped")
    func phrase() {
        #expect(EncodedWord.phrase("Example \"Status\"") == "\"Example \\\"Status\\\"\"")
    }

    @Test("quoted-printable escapes '=', non-ASCII and a trailing space, and keeps lines within 76")
    func quotedPrintable() {
        #expect(QuotedPrintable.encode("a=b café \nend ") == "a=3Db caf=C3=A9=20\r\nend=20")
        let long = QuotedPrintable.encode(String(repeating: "x", count: 200))
        #expect(long.components(separatedBy: "\r\n").allSatisfy { $0.count <= 76 })
        #expect(long.replacingOccurrences(of: "=\r\n", with: "") == String(repeating: "x", count: 200))
    }

    @Test("a line starting with a dot gets a second dot in the DATA stream")
    func dotStuffing() {
        #expect(SMTPSession.dotStuffed("a\r\n.b\r\n") == "a\r\n..b\r\n")
    }
}
