import Foundation
import StatusgenModel
import Yams

/// Reads an `incidents/ID.LOCALE.md` file: optional front matter with a translated `title:`, then the
/// translated summary and updates under the original's update headings (`## <time> <status>`).
public struct TranslationParser: Sendable {
    public init() {}

    /// The translation in the file at `path`, whose name says it translates incident `id` into `locale`,
    /// and warnings for front matter keys other than `title`; throws the file's errors (unreadable front
    /// matter or update headings), each at its line.
    public func parse(
        path: String, text: String, id: String, locale: String
    ) throws(DiagnosticList) -> (translation: IncidentTranslation, warnings: [Diagnostic]) {
        let parts: FrontMatter
        do {
            parts = try FrontMatter.split(text)
        } catch .missingOpening {
            // A translation may be nothing but translated updates.
            parts = FrontMatter(yaml: "", yamlFirstLine: 1, body: text, bodyFirstLine: 1)
        } catch {
            throw DiagnosticList([
                .error("the front matter has no closing '---' line", at: SourceLocation(path: path, line: 1))
            ])
        }
        var problems: [Diagnostic] = []
        var warnings: [Diagnostic] = []
        let reader = YAMLReader(path: path, firstLine: parts.yamlFirstLine)
        var title: String?
        do {
            let root = try reader.compose(parts.yaml)
            for key in reader.orderedKeys(at: [], in: root) where key != "title" {
                warnings.append(
                    .warning(
                        "'\(key)' is ignored: a translation has only a 'title'; everything else comes from"
                            + " \(SiteLayout.incidentPath(id))", at: reader.location(of: [.key(key)], in: root)))
            }
            if let node = reader.node(at: [.key("title")], in: root) {
                title = node.string?.trimmingCharacters(in: .whitespaces)
                if title?.isEmpty ?? true {
                    problems.append(
                        .error(
                            "'title' must be a text that is not empty",
                            at: reader.location(of: [.key("title")], in: root)))
                }
            }
        } catch {
            problems.append(error)
        }
        let body = IncidentParser(componentIDs: nil).readBody(parts, kind: nil, path: path, problems: &problems)
        for update in body.updates where !update.componentChanges.isEmpty {
            problems.append(
                .error(
                    "a translation's heading gives no component statuses: the original's does; write the heading"
                        + " without the parenthesis", at: SourceLocation(path: path, line: update.line)))
        }
        guard problems.isEmpty else { throw DiagnosticList(problems) }
        let translation = IncidentTranslation(
            incidentID: id, locale: locale, title: title, summaryHTML: body.summaryHTML, summaryText: body.summaryText,
            postmortemHTML: body.postmortemHTML, updates: body.updates, source: SourceLocation(path: path, line: 1))
        return (translation, warnings)
    }
}
