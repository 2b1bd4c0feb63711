import Foundation
import StatusgenModel

/// A JSON document built in code, written with its keys in the order they were given, so that the
/// API's files keep Statuspage's field order and are byte-for-byte the same on every build.
enum JSONValue {
    case object([(key: String, value: JSONValue)])
    case array([JSONValue])
    case string(String)
    case int(Int)
    /// A number already written in JSON notation, such as "0.99931" (fixed decimals are the caller's choice).
    case number(String)
    case bool(Bool)
    case null

    /// How a document is laid out: what stands between a key and its value.
    enum Layout {
        /// `"key": value`, as the API's files have it.
        case compact
        /// `"key" : value`, and an empty object or array over two lines, as Foundation's `JSONEncoder`
        /// pretty-prints, which `api/sla.json` keeps.
        case spaced
    }

    /// `value` as `JSONEncoder` writes a `Double`: its shortest form, without a trailing ".0" ("31",
    /// "0.999931", "1e-06"); `null` when there is none, or it is not a finite number.
    static func number(_ value: Double?) -> JSONValue {
        guard let value, value.isFinite else { return .null }
        let text = value.description
        return .number(text.hasSuffix(".0") ? String(text.dropLast(2)) : text)
    }

    /// A string, or `null` when there is none.
    static func optionalString(_ text: String?) -> JSONValue {
        text.map { .string($0) } ?? .null
    }

    /// The document as UTF-8 text, indented by two spaces, with a final line break.
    var text: String {
        String(decoding: bytes(), as: UTF8.self)
    }

    /// The document as the contents of a file: UTF-8, indented by two spaces, with a final line break.
    func data(_ layout: Layout = .compact) -> Data {
        Data(bytes(layout))
    }

    private func bytes(_ layout: Layout = .compact) -> [UInt8] {
        // Written as bytes, not appended to a string: the API's files hold every incident of the site.
        var output: [UInt8] = []
        write(to: &output, depth: 0, layout)
        output.append(UInt8(ascii: "\n"))
        return output
    }

    private func write(to output: inout [UInt8], depth: Int, _ layout: Layout) {
        switch self {
        case .object(let members) where members.isEmpty: Self.writeEmpty("{}", to: &output, depth: depth, layout)
        case .object(let members):
            output.append(UInt8(ascii: "{"))
            for (index, member) in members.enumerated() {
                Self.newLine(&output, depth: depth + 1, after: index > 0)
                JSONEscaping.appendQuoted(member.key, to: &output)
                output += (layout == .compact ? ": " : " : ").utf8
                member.value.write(to: &output, depth: depth + 1, layout)
            }
            Self.newLine(&output, depth: depth, after: false)
            output.append(UInt8(ascii: "}"))
        case .array(let items) where items.isEmpty: Self.writeEmpty("[]", to: &output, depth: depth, layout)
        case .array(let items):
            output.append(UInt8(ascii: "["))
            for (index, item) in items.enumerated() {
                Self.newLine(&output, depth: depth + 1, after: index > 0)
                item.write(to: &output, depth: depth + 1, layout)
            }
            Self.newLine(&output, depth: depth, after: false)
            output.append(UInt8(ascii: "]"))
        case .string(let text): JSONEscaping.appendQuoted(text, to: &output)
        case .int(let number): output += String(number).utf8
        case .number(let literal): output += literal.utf8
        case .bool(let flag): output += (flag ? "true" : "false").utf8
        case .null: output += "null".utf8
        }
    }

    /// An empty object or array, `brackets`: closed at once in the compact layout, on the line after an
    /// empty one in the spaced layout, as `JSONEncoder` writes it.
    private static func writeEmpty(_ brackets: String, to output: inout [UInt8], depth: Int, _ layout: Layout) {
        let (open, close) = (brackets.utf8.first!, brackets.utf8.last!)
        output.append(open)
        if layout == .spaced {
            output.append(UInt8(ascii: "\n"))
            newLine(&output, depth: depth, after: false)
        }
        output.append(close)
    }

    /// A line break (after a comma, when the member or item follows another) and the indent of `depth`.
    private static func newLine(_ output: inout [UInt8], depth: Int, after isFollowing: Bool) {
        if isFollowing { output.append(UInt8(ascii: ",")) }
        output.append(UInt8(ascii: "\n"))
        output += repeatElement(UInt8(ascii: " "), count: depth * 2)
    }
}
