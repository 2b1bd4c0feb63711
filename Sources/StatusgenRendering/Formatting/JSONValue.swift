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

    /// A string, or `null` when there is none.
    static func optionalString(_ text: String?) -> JSONValue {
        text.map { .string($0) } ?? .null
    }

    /// The document as UTF-8 text, indented by two spaces, with a final line break.
    var text: String {
        var output = ""
        write(to: &output, indent: "")
        return output + "\n"
    }

    private func write(to output: inout String, indent: String) {
        let inner = indent + "  "
        switch self {
        case .object(let members) where members.isEmpty: output += "{}"
        case .object(let members):
            output += "{\n"
            for (index, member) in members.enumerated() {
                output += inner + JSONEscaping.quoted(member.key) + ": "
                member.value.write(to: &output, indent: inner)
                output += index + 1 < members.count ? ",\n" : "\n"
            }
            output += indent + "}"
        case .array(let items) where items.isEmpty: output += "[]"
        case .array(let items):
            output += "[\n"
            for (index, item) in items.enumerated() {
                output += inner
                item.write(to: &output, indent: inner)
                output += index + 1 < items.count ? ",\n" : "\n"
            }
            output += indent + "]"
        case .string(let text): output += JSONEscaping.quoted(text)
        case .int(let number): output += String(number)
        case .number(let literal): output += literal
        case .bool(let flag): output += flag ? "true" : "false"
        case .null: output += "null"
        }
    }

}
