/// `{name}` placeholders in the text of an incident template: a name of lower-case letters, digits and
/// `_`, starting with a letter. Any other text in braces is left as it is.
enum Placeholders {
    /// The names in `text`, in order, each once.
    static func names(in text: String) -> [String] {
        var names: [String] = []
        _ = fill(text) { name in
            if !names.contains(name) { names.append(name) }
            return nil
        }
        return names
    }

    /// `text` with each placeholder that `value` knows replaced; others are kept as written.
    static func fill(_ text: String, _ value: (String) -> String?) -> String {
        var result = ""
        var rest = text[...]
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            let afterOpen = rest.index(after: open)
            guard let close = rest[afterOpen...].firstIndex(of: "}"), isName(rest[afterOpen..<close]) else {
                result.append("{")
                rest = rest[afterOpen...]
                continue
            }
            let name = String(rest[afterOpen..<close])
            result += value(name) ?? "{\(name)}"
            rest = rest[rest.index(after: close)...]
        }
        return result + rest
    }

    private static func isName(_ text: Substring) -> Bool {
        guard let first = text.first, first.isASCII, first.isLowercase else { return false }
        return text.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "_") }
    }
}
