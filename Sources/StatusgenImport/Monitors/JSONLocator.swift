/// Finds lines in JSON text, so that a problem in a value is reported at `path:line` like any other.
///
/// Foundation's decoder names the place of a bad value by its coding path, not its line, and reports
/// syntax errors in words that differ between platforms; this small scanner walks the same text.
struct JSONLocator {
    /// One step of a path into a JSON document.
    enum Step: Equatable, CustomStringConvertible {
        case key(String)
        case index(Int)

        init(_ key: CodingKey) {
            if let index = key.intValue {
                self = .index(index)
            } else {
                self = .key(key.stringValue)
            }
        }

        var description: String {
            switch self {
            case .key(let key): ".\(key)"
            case .index(let index): "[\(index)]"
            }
        }
    }

    /// A syntax error: its 1-based line and what is wrong.
    struct SyntaxError: Error, Equatable {
        var line: Int
        var message: String
    }

    private let bytes: [UInt8]

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// `.results[3].timestamp` for a path, or `the top level` for an empty one.
    static func describe(_ path: [Step]) -> String {
        path.isEmpty ? "the top level" : path.map(\.description).joined()
    }

    /// The line where the value at `path` starts, or `nil` when the text has no such value.
    func line(of path: [Step]) -> Int? {
        var scanner = Scanner(bytes: bytes, target: path)
        do {
            try scanner.document()
        } catch .found(let line) {
            return line
        } catch {
            return nil
        }
        return nil
    }

    /// The first syntax error in the text, or `nil` when it is well-formed JSON.
    func syntaxError() -> SyntaxError? {
        var scanner = Scanner(bytes: bytes, target: nil)
        do {
            try scanner.document()
        } catch .syntax(let line, let message) {
            return SyntaxError(line: line, message: message)
        } catch {
            return nil
        }
        return nil
    }

    private enum Stop: Error {
        case found(line: Int)
        case syntax(line: Int, message: String)
    }

    private struct Scanner {
        let bytes: [UInt8]
        let target: [Step]?
        var index = 0
        var line = 1
        var path: [Step] = []

        init(bytes: [UInt8], target: [Step]?) {
            self.bytes = bytes
            self.target = target
            // A byte order mark is not JSON, but decoders accept it.
            if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
        }

        mutating func document() throws(Stop) {
            try value()
            skipSpace()
            if index < bytes.count { throw fail("unexpected text after the JSON value") }
        }

        private mutating func value() throws(Stop) {
            skipSpace()
            if let target, path == target { throw .found(line: line) }
            guard index < bytes.count else { throw fail("the JSON text ends early") }
            switch bytes[index] {
            case UInt8(ascii: "{"): try object()
            case UInt8(ascii: "["): try array()
            case UInt8(ascii: "\""): try string()
            default: try literal()
            }
        }

        private mutating func object() throws(Stop) {
            index += 1
            skipSpace()
            if peek(UInt8(ascii: "}")) { return }
            while true {
                skipSpace()
                guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
                    throw fail("expected a key in double quotes")
                }
                let key = try string()
                skipSpace()
                guard peek(UInt8(ascii: ":")) else { throw fail("expected ':' after the key \"\(key)\"") }
                path.append(.key(key))
                try value()
                path.removeLast()
                skipSpace()
                if peek(UInt8(ascii: ",")) { continue }
                if peek(UInt8(ascii: "}")) { return }
                throw fail("expected ',' or '}' in an object")
            }
        }

        private mutating func array() throws(Stop) {
            index += 1
            skipSpace()
            if peek(UInt8(ascii: "]")) { return }
            var position = 0
            while true {
                path.append(.index(position))
                try value()
                path.removeLast()
                position += 1
                skipSpace()
                if peek(UInt8(ascii: ",")) { continue }
                if peek(UInt8(ascii: "]")) { return }
                throw fail("expected ',' or ']' in an array")
            }
        }

        @discardableResult
        private mutating func string() throws(Stop) -> String {
            let start = line
            index += 1
            var text: [UInt8] = []
            while index < bytes.count {
                let byte = bytes[index]
                index += 1
                switch byte {
                case UInt8(ascii: "\""): return String(decoding: text, as: UTF8.self)
                case UInt8(ascii: "\\"):
                    guard index < bytes.count else { break }
                    text.append(bytes[index])
                    index += 1
                case UInt8(ascii: "\n"):
                    throw fail("a string is not closed before the end of the line")
                default: text.append(byte)
                }
            }
            throw Stop.syntax(line: start, message: "a string is not closed")
        }

        private mutating func literal() throws(Stop) {
            let start = index
            while index < bytes.count,
                !([UInt8(ascii: ","), UInt8(ascii: "]"), UInt8(ascii: "}"), UInt8(ascii: ":")] + Self.spaces)
                    .contains(bytes[index])
            {
                index += 1
            }
            let word = String(decoding: bytes[start..<index], as: UTF8.self)
            if word == "true" || word == "false" || word == "null" { return }
            if !word.isEmpty, Double(word) != nil, word.first != "+", !word.hasPrefix("."), !word.hasSuffix("."),
                word.lowercased() != "nan", !word.lowercased().contains("inf")
            {
                return
            }
            index = start
            throw fail(word.isEmpty ? "expected a value" : "'\(word.prefix(20))' is not a JSON value")
        }

        private static let spaces: [UInt8] = [32, 9, 10, 13]

        private mutating func skipSpace() {
            while index < bytes.count, Self.spaces.contains(bytes[index]) {
                if bytes[index] == 10 { line += 1 }
                index += 1
            }
        }

        private mutating func peek(_ byte: UInt8) -> Bool {
            guard index < bytes.count, bytes[index] == byte else { return false }
            index += 1
            return true
        }

        private func fail(_ message: String) -> Stop {
            .syntax(line: line, message: message)
        }
    }
}
