import StatusgenModel

/// The checks that keep a template set from rendering forever or nesting past what the Mustache parser and
/// renderer can take: each of them recurses once per level, so that a partial that includes itself, or
/// sections nested thousands deep, would crash the build instead of stopping it with an error.
enum TemplateNesting {
    /// How deep sections (`{{#…}}`, `{{^…}}`, `{{$…}}`, `{{<…}}`) may nest in one template.
    static let maximumDepth = 100

    /// A partial (`{{>name}}`) or parent (`{{<name}}`) tag.
    struct Reference {
        let isPartial: Bool
        let name: String
        /// 1-based.
        let line: Int

        /// "partial" or "parent template", for messages.
        var kind: String { isPartial ? "partial" : "parent template" }
    }

    /// The partial and parent tags of `file`, in order.
    static func references(in file: InputFile) -> [Reference] {
        let tag = /\{\{\s*([<>])\s*([^\s}]+)\s*\}\}/
        return lines(of: file).enumerated().flatMap { index, line in
            line.matches(of: tag).map { Reference(isPartial: $0.1 == ">", name: String($0.2), line: index + 1) }
        }
    }

    /// An error at the first line of each template where sections nest deeper than `maximumDepth`. Run
    /// before the template is parsed, since the parser itself is what would crash.
    static func depthProblem(in file: InputFile) -> Diagnostic? {
        let tag = /\{\{\s*([#^$<\/])/
        var depth = 0
        for (index, line) in lines(of: file).enumerated() {
            for match in line.matches(of: tag) {
                depth += match.1 == "/" ? -1 : 1
                if depth > maximumDepth {
                    return .error(
                        "sections nested more than \(maximumDepth) deep",
                        at: SourceLocation(path: file.path, line: index + 1))
                }
            }
        }
        return nil
    }

    /// An error for each partial or parent tag that leads back to its own template: `update` including
    /// `update`, or `a` including `b` including `a`, reported once per loop at the tag that closes it.
    static func cycles(in set: TemplateSet) -> [Diagnostic] {
        let files = Dictionary(set.templates.map { ($0.name, $0.file) }, uniquingKeysWith: { _, last in last })
        var diagnostics: [Diagnostic] = []
        var reported: Set<[String]> = []
        var done: Set<String> = []
        // `stack` ends with `name`: the templates that include one another down to it.
        func visit(_ name: String, stack: [String]) {
            guard let file = files[name], !done.contains(name) else { return }
            for reference in references(in: file) {
                guard let start = stack.firstIndex(of: reference.name) else {
                    visit(reference.name, stack: stack + [reference.name])
                    continue
                }
                let loop = Array(stack[start...]) + [reference.name]
                guard reported.insert(loop.dropLast().sorted()).inserted else { continue }
                diagnostics.append(
                    .error(
                        "the \(reference.kind) '\(reference.name)' includes itself (\(loop.joined(separator: " -> ")))",
                        at: SourceLocation(path: file.path, line: reference.line)))
            }
            done.insert(name)
        }
        for (name, _) in set.templates { visit(name, stack: [name]) }
        return diagnostics
    }

    /// The line of the first tag directly inside a parent tag (`{{<name}}`) that is not a block (`{{$…}}`),
    /// its end, or a comment: the Mustache parser refuses it, but only once it has read the whole parent,
    /// and says the line where the parent ends.
    static func tagInsideParent(in file: InputFile) -> Int? {
        let tag = /\{\{\s*([#^$<\/!>&{=]?)/
        var open: [Character] = []
        for (index, line) in lines(of: file).enumerated() {
            for match in line.matches(of: tag) {
                let kind = match.1.first
                if kind == "/" {
                    _ = open.popLast()
                    continue
                }
                if open.last == "<", kind != "$", kind != "!" { return index + 1 }
                if let kind, "#^$<".contains(kind) { open.append(kind) }
            }
        }
        return nil
    }

    private static func lines(of file: InputFile) -> [Substring] {
        String(decoding: file.contents, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
    }
}
