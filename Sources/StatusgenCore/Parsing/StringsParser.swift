import Foundation
import StatusgenModel
import Yams

/// Reads a strings file, `templates/strings/LOCALE.yml`: a flat mapping of keys to texts.
struct StringsParser {
    /// One key of a strings file with its text and the line it is on.
    struct Entry: Sendable {
        var key: String
        var text: String
        var line: Int?
    }

    /// The entries of `file`, in the file's order; throws every problem found.
    func parse(_ file: InputFile) throws(DiagnosticList) -> [Entry] {
        let reader = YAMLReader(path: file.path, firstLine: 1)
        guard let text = String(data: file.contents, encoding: .utf8) else {
            throw DiagnosticList([.notUTF8(file.contents, path: file.path)])
        }
        let root: Node
        do {
            root = try reader.compose(text)
        } catch {
            throw DiagnosticList([error])
        }
        guard let mapping = root.mapping else {
            throw DiagnosticList([
                .error("a strings file is a mapping of keys to texts", at: reader.location(of: [], in: root))
            ])
        }
        var entries: [Entry] = []
        var problems: [Diagnostic] = []
        for (key, value) in mapping {
            let line = reader.location(of: [], in: key).line
            guard let name = key.string, let scalar = value.scalar else {
                let name = key.string.map { "'\($0)'" } ?? "a key"
                problems.append(.error("\(name) must be text, not a list or mapping", at: reader.location(line: line)))
                continue
            }
            entries.append(Entry(key: name, text: scalar.string, line: line))
        }
        guard problems.isEmpty else { throw DiagnosticList(problems) }
        return entries
    }
}
