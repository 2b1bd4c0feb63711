/// Writes JSON text by hand, so that key order (sorted), indentation and number notation are fixed.
struct JSONWriter {
    private(set) var text = ""
    private var depth = 0
    private var needsComma = false

    /// A string as a JSON string literal, with quotes, backslashes and control characters escaped.
    static func quoted(_ string: String) -> String {
        var result = "\""
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029:
                let hex = String(scalar.value, radix: 16)
                result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }

    /// An object whose members `body` writes (in sorted key order, which the caller keeps).
    mutating func object(_ key: String? = nil, _ body: (inout JSONWriter) -> Void) {
        open(key, "{")
        body(&self)
        close("}")
    }

    /// An array whose elements `body` writes.
    mutating func array(_ key: String? = nil, _ body: (inout JSONWriter) -> Void) {
        open(key, "[")
        body(&self)
        close("]")
    }

    /// A member (or element, without a key) whose value is already JSON text.
    mutating func value(_ key: String? = nil, raw: String) {
        separate()
        if let key { text += Self.quoted(key) + ": " }
        text += raw
    }

    /// A member whose value is a string.
    mutating func value(_ key: String, string: String) {
        value(key, raw: Self.quoted(string))
    }

    private mutating func open(_ key: String?, _ bracket: String) {
        value(key, raw: bracket)
        depth += 1
        needsComma = false
    }

    private mutating func close(_ bracket: String) {
        depth -= 1
        if needsComma { text += "\n" + String(repeating: "  ", count: depth) }
        text += bracket
        needsComma = true
    }

    private mutating func separate() {
        if needsComma { text += "," }
        if depth > 0 { text += "\n" + String(repeating: "  ", count: depth) }
        needsComma = true
    }
}
