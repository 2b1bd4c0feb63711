import Foundation
import Mustache
import StatusgenModel

/// Compiles the templates of a set into a Mustache library, reporting every problem as a
/// diagnostic at the template's path and line.
enum TemplateCompiler {
    /// The library of all templates in `set`; throws when one fails to parse or one of
    /// `required` is missing.
    static func compile(_ set: TemplateSet, requiring required: [PageTemplate]) throws(DiagnosticList)
        -> MustacheLibrary
    {
        MustacheHTMLEscaping.register()
        var library = MustacheLibrary()
        var diagnostics: [Diagnostic] = []
        var names: [String] = []
        for (name, file) in set.templates {
            names.append(name)
            guard let text = String(data: file.contents, encoding: .utf8) else {
                diagnostics.append(.notUTF8(file.contents, path: file.path))
                continue
            }
            if let problem = TemplateNesting.depthProblem(in: file) {
                diagnostics.append(problem)
                continue
            }
            do {
                library.register(try MustacheTemplate(string: MustacheHTMLEscaping.pragma + text), named: name)
            } catch {
                // The parser throws only ParserError, which wraps the error and where it happened, counting the
                // line of the pragma before the template's text.
                let parserError = error as? MustacheTemplate.ParserError
                var line = parserError.map { $0.context.lineNumber - 1 }
                if case .illegalTokenInsideInheritSection = parserError?.error as? MustacheTemplate.Error {
                    line = TemplateNesting.tagInsideParent(in: file) ?? line
                }
                let location = SourceLocation(path: file.path, line: line)
                diagnostics.append(.error(message(for: parserError?.error ?? error), at: location))
            }
        }
        for template in required where !names.contains(template.rawValue) {
            let location = SourceLocation(path: TemplateSet.path(ofTemplate: template.rawValue))
            diagnostics.append(.error("missing template", at: location))
        }
        diagnostics += unknownReferences(in: set, names: names)
        diagnostics += TemplateNesting.cycles(in: set)
        guard diagnostics.isEmpty else { throw DiagnosticList(diagnostics) }
        return library
    }

    /// An error for each partial (`{{>name}}`) or parent (`{{<name}}`) tag that names no template: Mustache
    /// itself would render it as nothing, leaving a page without its layout or a part of it.
    static func unknownReferences(in set: TemplateSet, names: [String]) -> [Diagnostic] {
        set.templates.flatMap { _, file in
            TemplateNesting.references(in: file).filter { !names.contains($0.name) }.map { reference in
                .error(
                    "unknown \(reference.kind) '\(reference.name)'" + nameHint(reference.name, among: names),
                    at: SourceLocation(path: file.path, line: reference.line))
            }
        }
    }

    private static func nameHint(_ name: String, among names: [String]) -> String {
        names.isEmpty ? "" : ": templates are " + names.sorted().joined(separator: ", ")
    }

    /// A sentence for the Mustache parser's error; the parser's own reading errors mean a tag
    /// runs into the end of the file.
    static func message(for error: any Error) -> String {
        switch error as? MustacheTemplate.Error {
        case .sectionCloseNameIncorrect: "closing tag does not match the open section"
        case .unfinishedName: "unfinished tag"
        case .expectedSectionEnd: "a section is not closed by the end of the file"
        case .invalidSetDelimiter: "invalid set-delimiter tag"
        case .transformAppliedToInheritanceSection: "a block cannot have a transform"
        case .illegalTokenInsideInheritSection: "only blocks may appear inside a parent tag"
        case .textInsideInheritSection: "only blocks may appear inside a parent tag"
        case .invalidConfigVariableSyntax: "invalid configuration tag"
        case .unrecognisedConfigVariable: "unknown configuration tag"
        case nil: "unfinished tag"
        }
    }
}
