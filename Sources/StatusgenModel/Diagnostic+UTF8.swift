import Foundation

extension Diagnostic {
    /// The error for the file at `path` whose `bytes` are not UTF-8 text, at the line of the first byte that
    /// is not, with that byte and its column (counted in characters), so an editor can go straight to it.
    public static func notUTF8(_ bytes: Data, path: String) -> Diagnostic {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var line = 1
        var column = 1
        var offset = bytes.startIndex
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                offset += encoded.count
                if encoded.count == 1 && encoded.first == 0x0A {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
            case .error:
                // A byte that starts no UTF-8 sequence is 0x80 or more: always two hex digits.
                let byte = "0x" + String(bytes[offset], radix: 16, uppercase: true)
                return .error(
                    "the file is not UTF-8 text (byte \(byte) at column \(column))",
                    at: SourceLocation(path: path, line: line))
            case .emptyInput:
                return .error("the file is not UTF-8 text", at: SourceLocation(path: path))
            }
        }
    }
}
